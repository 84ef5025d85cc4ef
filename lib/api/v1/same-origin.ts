import { env } from '@/lib/env';

/**
 * Whether a cookie-authenticated write comes from our own pages. Browsers name the page that made a
 * request in `Origin` (every non-GET fetch) and `Sec-Fetch-Site`; a cross-site page cannot forge
 * either. A request carrying neither is not from a browser, so it is no cross-site request forgery
 * (a script holding a stolen cookie could send anything anyway). The site's origin is the request's
 * own, its Host header's, or KENSA_PUBLIC_URL's (behind a proxy that rewrites Host).
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  const url = new URL(request.url);
  const ours = new Set([url.origin, new URL(env().KENSA_PUBLIC_URL).origin]);
  // The Host the browser addressed: a route outside proxy.ts's matcher (the mail upload) may be
  // handed a request URL without the real host. A cross-site page cannot change Host either.
  const host = request.headers.get('host');
  if (host !== null) ours.add(`${url.protocol}//${host}`);
  return ours.has(origin);
}
