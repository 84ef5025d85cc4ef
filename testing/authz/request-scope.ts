/**
 * For tests that call route handlers and server actions outside Next's server: `next/headers` reads
 * the request the code runs for from Next's request storage, which only Next's server fills. A test
 * mocks `next/headers` with this module (`vi.mock('next/headers', () => import('@/testing/authz/request-scope'))`)
 * and runs each call inside `inRequest`: `cookies()` and `headers()` then read that real Request,
 * parsed by Next's own cookie parser. Nothing else is stubbed: sessions and tokens are checked
 * against the database as in production.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { NextRequest } from 'next/server';

const current = new AsyncLocalStorage<NextRequest>();

function request(): NextRequest {
  const store = current.getStore();
  if (!store) throw new Error('next/headers was used outside inRequest()');
  return store;
}

/** Runs `fn` as Next would for `request`: cookies() and headers() answer from it. */
export function inRequest<T>(incoming: Request, fn: () => Promise<T>): Promise<T> {
  // Only the URL and headers: a Request made from `incoming` would take its body away from the handler.
  return current.run(new NextRequest(incoming.url, { headers: incoming.headers }), fn);
}

/** The request's cookies (Next's RequestCookies: get, getAll, has; set and delete change only the copy). */
export async function cookies() {
  return request().cookies;
}

/** The request's headers. */
export async function headers(): Promise<Headers> {
  return request().headers;
}

/** What the `draftMode` export of next/headers answers outside a preview. */
export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
