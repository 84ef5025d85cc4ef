import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { SessionUser } from '@/lib/auth/find-session-user';

/** The one error shape of every API response: `{ error: { code, message } }`. */
export function apiError(status: number, code: string, message: string, details?: unknown): NextResponse {
  return NextResponse.json({ error: { code, message, ...(details ? { details } : {}) } }, { status });
}

type Handler<P> = (args: { request: Request; user: SessionUser; params: P }) => Promise<Response>;

/**
 * Wraps a route handler: 401 for signed-out callers, 403 for a viewer on a write route, and a JSON
 * 500 (no stack) for anything unexpected. Handlers then only parse, call one query and respond.
 */
export function apiRoute<P = Record<string, never>>(role: 'viewer' | 'admin', handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return apiError(401, 'unauthenticated', 'Sign in first.');
    if (role === 'admin' && user.role !== 'admin') return apiError(403, 'forbidden', 'Admins only.');
    try {
      return await handler({ request, user, params: await context.params });
    } catch (error) {
      console.error('api route failed', error);
      return apiError(500, 'internal', 'Something went wrong; the error was logged.');
    }
  };
}

/** Parses a JSON body with a zod schema; a NextResponse (400) when it does not fit. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.infer<S> | NextResponse> {
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return apiError(400, 'invalid_request', 'The request body is invalid.', parsed.error.issues);
  return parsed.data;
}
