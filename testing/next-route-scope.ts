/**
 * For tests of route handlers that use next/headers (cookies()): runs a handler inside the request
 * scope Next.js gives an App Router route handler, and merges the cookies it set into the response,
 * as Next.js does (node_modules/next/dist/server/route-modules/app-route/module.js). Needs the
 * AsyncLocalStorage that testing/next-async-storage.ts installs before every test file.
 */
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store';
import { appendMutableCookies } from 'next/dist/server/web/spec-extension/adapters/request-cookies';
import type { NextRequest } from 'next/server';

/** Calls `handler(request)` as Next.js would for an App Router route, cookies() included. */
export async function runRoute(
  request: NextRequest,
  handler: (request: NextRequest) => Promise<Response>,
): Promise<Response> {
  const implicitTags = { tags: [], expirationsByCacheKind: new Map() } as never;
  const requestStore = createRequestStoreForAPI(
    request,
    request.nextUrl,
    implicitTags,
    undefined,
    undefined as never,
    undefined,
  );
  const workStore = { route: request.nextUrl.pathname, page: request.nextUrl.pathname } as never;
  const response = await workUnitAsyncStorage.run(requestStore, () =>
    workAsyncStorage.run(workStore, () => handler(request)),
  );
  const headers = new Headers(response.headers);
  if (!appendMutableCookies(headers, requestStore.mutableCookies)) return response;
  return new Response(response.body, { status: response.status, headers });
}
