import type { z } from 'zod';

/**
 * One endpoint of /api/v1, described once: the route handler validates with these zod schemas and
 * the OpenAPI document (openapi.ts) is generated from the same objects, so they cannot drift.
 */
export interface ApiOperation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** OpenAPI path under /api/v1, with `{name}` parameters: '/domains/{id}'. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /**
   * 'read': any valid token or signed-in user; 'write': a read-write token whose creator is an editor
   * or admin, or a signed-in editor or admin; 'admin': a signed-in admin, or a token an admin created,
   * neither limited to groups (isUnscopedAdmin): any such token to read (GET), a read-write one to
   * change something.
   */
  access: 'read' | 'write' | 'admin';
  params?: P;
  query?: Q;
  body?: B;
  /** Status of a successful response (default 200). */
  status?: number;
  /** JSON response schema; the handler's value is parsed with it, so only documented fields leave. */
  response?: R;
  /** The media types a file download can have (CSV, XLSX, PDF…), instead of or besides JSON. */
  produces?: readonly string[];
  /**
   * The media types of a request body the handler streams itself (an upload), instead of or besides
   * a JSON `body`: v1Route leaves such a body unread for the handler (raw-body.ts).
   */
  consumes?: readonly string[];
  /**
   * The most bytes of a JSON `body` read, for an operation not behind proxy.ts (which bounds the
   * others): a larger one is answered 413 after reading no more than this.
   */
  maxJsonBytes?: number;
}

/** Infers a schema's parsed type, or `undefined` when the operation has no such schema. */
export type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * Declares an operation keeping its exact schema types for the handler (an absent schema is typed
 * `undefined`, so a handler of an operation without `response` must return a Response).
 */
export function defineOperation<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType | undefined = undefined,
>(
  operation: Omit<ApiOperation, 'params' | 'query' | 'body' | 'response'> & {
    params?: P;
    query?: Q;
    body?: B;
    response?: R;
  },
) {
  return operation as typeof operation & { params: P; query: Q; body: B; response: R };
}
