import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { actorOf, type PersonActor } from '@/lib/audit-log/actor-of';
import { clientAddressFrom } from '@/lib/auth/client-address';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { env } from '@/lib/env';
import { NotVisibleError } from '@/lib/queries/not-visible';
import type { ApiOperation, Parsed } from './api-operation';
import { type ApiPrincipal, principalKey } from './api-principal';
import { ApiProblem } from './api-problem';
import { authenticateRequest } from './authenticate-request';
import { rateLimitHeaders, takeRateLimit } from './rate-limit';
import { isRawBody } from './raw-body';
import { readBoundedBody } from './read-bounded-body';
import { isSameOrigin } from './same-origin';

interface HandlerArgs<O extends ApiOperation> {
  request: Request;
  principal: ApiPrincipal;
  /** Who the audit log records for a change this call makes: the person, the token, the address. */
  actor: PersonActor;
  params: Parsed<O['params']>;
  query: Parsed<O['query']>;
  body: Parsed<O['body']>;
}

/** A JSON operation returns its value (checked against `response`); a download returns a Response. */
type HandlerResult<O extends ApiOperation> = O['response'] extends z.ZodType
  ? z.input<O['response']> | Response
  : Response;

function invalid(where: string, error: z.ZodError): ApiProblem {
  return new ApiProblem(400, 'invalid_request', `The request ${where} is invalid.`, error.issues);
}

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string): Parsed<S> {
  if (!schema) return undefined as Parsed<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(where, parsed.error);
  return parsed.data as Parsed<S>;
}

/** Query parameters as an object; a parameter given twice becomes an array (e.g. ?group=a&group=b). */
function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

/** The caller's address as lib/auth/client-address.ts reads it (KENSA_TRUSTED_PROXIES), for the audit log. */
function clientAddressOf(request: Request): string | null {
  return clientAddressFrom(request.headers.get('x-forwarded-for'), env().KENSA_TRUSTED_PROXIES);
}

/**
 * Cookie-authenticated writes must be JSON: a page on another site can make a browser send a form or
 * text/plain POST with the cookie, but not an application/json one without a CORS preflight, which
 * this API never grants. A Bearer token is never sent by a browser on its own, so scripts may omit it.
 */
function isJson(request: Request): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers.get('content-type') ?? '');
}

/** The JSON body, read to at most `maxBytes` when the operation bounds it. */
async function readJson(request: Request, maxBytes: number | undefined): Promise<unknown> {
  const invalidJson = () => new ApiProblem(400, 'invalid_json', 'The request body is not valid JSON.');
  if (maxBytes === undefined)
    return request.json().catch(() => {
      throw invalidJson();
    });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const { bytes, over } = await readBoundedBody(request.body, maxBytes);
  if (over) throw tooLarge(maxBytes);
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw invalidJson();
  }
}

const tooLarge = (maxBytes: number) =>
  new ApiProblem(413, 'too_large', `A JSON request body may carry at most ${maxBytes} bytes.`);

/**
 * The Next route function of a v1 operation: authenticates (token or session), enforces access and
 * the rate limit, validates params, query and body with the operation's zod schemas, runs the
 * handler and shapes every error as `{ error: { code, message } }`. Handlers stay small: parse is
 * done, they call one query or action and return its value.
 */
export function v1Route<O extends ApiOperation>(
  operation: O,
  handler: (args: HandlerArgs<O>) => Promise<HandlerResult<O>>,
) {
  return async (request: Request, context: { params: Promise<unknown> }): Promise<Response> => {
    // Answers are per caller and may be confidential: no shared cache keeps them (a download's own
    // Cache-Control, if any, is left alone).
    let headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    try {
      const principal = await authenticateRequest(request);
      const limit = await takeRateLimit(principalKey(principal));
      headers = { ...headers, ...rateLimitHeaders(limit) };
      if (!limit.allowed)
        throw new ApiProblem(429, 'rate_limited', `Too many requests; retry after ${limit.resetSeconds} s.`);
      if (principal.kind === 'session' && request.method !== 'GET' && !isSameOrigin(request))
        throw new ApiProblem(
          403,
          'cross_origin',
          'Requests with the session cookie must come from this site.',
        );
      // An admin operation that changes something needs write access as well.
      const writes =
        operation.access === 'write' || (operation.access === 'admin' && operation.method !== 'GET');
      if (writes && !principal.canWrite)
        throw new ApiProblem(
          403,
          'forbidden',
          'This needs a read-write token (or an editor or admin session).',
        );
      // A token reads as its creator: an admin's read token reads what admins read (the audit log),
      // unless it (or its creator) is limited to groups.
      if (operation.access === 'admin' && !isUnscopedAdmin(principal.viewer))
        throw new ApiProblem(
          403,
          'forbidden',
          'This needs an admin session, or a token an admin created, not limited to groups.',
        );
      // A path naming nothing that can exist (a malformed id) is a 404, as for an unknown id.
      const params = operation.params?.safeParse(await context.params);
      if (params && !params.success) throw new ApiProblem(404, 'not_found', 'Nothing exists at this path.');
      const query = parse(operation.query, queryObject(new URL(request.url)), 'query');
      let body: Parsed<O['body']> = undefined as Parsed<O['body']>;
      if (operation.body && !isRawBody(operation, request)) {
        if (principal.kind === 'session' && !isJson(request))
          throw new ApiProblem(415, 'unsupported_media_type', 'Send the request body as application/json.');
        body = parse(operation.body, await readJson(request, operation.maxJsonBytes), 'body') as Parsed<
          O['body']
        >;
      }
      const result = await handler({
        request,
        principal,
        actor: actorOf(principal, clientAddressOf(request)),
        params: params?.data,
        query,
        body,
      } as HandlerArgs<O>);
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(headers))
          if (!result.headers.has(name)) result.headers.set(name, value);
        return result;
      }
      const value = operation.response ? operation.response.parse(result) : result;
      return NextResponse.json(value, { status: operation.status ?? 200, headers });
    } catch (error) {
      if (error instanceof ApiProblem) return error.toResponse(headers);
      // Outside the caller's group scope: answered exactly as what does not exist.
      if (error instanceof NotVisibleError)
        return new ApiProblem(404, 'not_found', 'Nothing exists at this path.').toResponse(headers);
      console.error(`api ${operation.operationId} failed`, error);
      return new ApiProblem(500, 'internal', 'Something went wrong; the error was logged.').toResponse(
        headers,
      );
    }
  };
}
