import { type NextRequest, NextResponse } from 'next/server';
import { REPORT_CSS } from '@/components/documents/report/report-css';
import { SESSION_COOKIE_NAMES } from '@/lib/auth/session-token';
import { env } from '@/lib/env';
import {
  contentSecurityPolicy,
  newCspNonce,
  strictTransportSecurity,
  styleHash,
} from '@/lib/security-headers';

// /api/v1 authenticates every call itself (API token or session, lib/api/v1/v1-route.ts); its
// OpenAPI document is public. /welcome and /reset are opened with a one-time link instead. /status
// is deliberately public: a group's opt-in status page, its unguessable link the credential
// (app/status/[token]/page.tsx), showing only what getGroupScorecard reads.
const PUBLIC_PATHS = ['/login', '/setup', '/healthz', '/api/v1', '/welcome', '/reset', '/status'];

/** The `<style>` elements pages render themselves (a constant each, never data): the report's. */
const PAGE_STYLE_HASHES = [styleHash(REPORT_CSS)];

/**
 * An optimistic gate only: signed-out visitors (no session cookie) get the sign-in page, and API
 * callers a JSON 401. Every page, action and route still checks the session against the database
 * (lib/auth/page-context.ts, lib/auth/require-user.ts, lib/api/v1/v1-route.ts): a forged cookie gets no further than this.
 */
function gate(request: NextRequest, forwarded: Headers): NextResponse {
  const { pathname } = request.nextUrl;
  if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`)))
    return NextResponse.next({ request: { headers: forwarded } });
  if (SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name)))
    return NextResponse.next({ request: { headers: forwarded } });
  if (pathname.startsWith('/api/')) {
    return NextResponse.json(
      { error: { code: 'unauthenticated', message: 'Sign in first.' } },
      { status: 401 },
    );
  }
  const login = new URL('/login', request.url);
  if (pathname !== '/') login.searchParams.set('next', pathname);
  return NextResponse.redirect(login);
}

/**
 * Every response gets a Content-Security-Policy with a nonce of its own (lib/security-headers.ts)
 * and, over https, HSTS. The policy also goes on the request: Next.js reads the nonce from there
 * and puts it on the scripts and styles it renders; a page that adds a <Script> reads it as x-nonce.
 */
export function proxy(request: NextRequest) {
  const nonce = newCspNonce();
  const { KENSA_PUBLIC_URL } = env();
  const policy = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === 'development',
    https: KENSA_PUBLIC_URL.startsWith('https://'),
    styleHashes: PAGE_STYLE_HASHES,
  });
  const forwarded = new Headers(request.headers);
  forwarded.set('x-nonce', nonce);
  forwarded.set('Content-Security-Policy', policy);
  const response = gate(request, forwarded);
  response.headers.set('Content-Security-Policy', policy);
  const hsts = strictTransportSecurity(KENSA_PUBLIC_URL);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  // Mail and DMARC report uploads are left out: for a path the proxy runs on, Next.js copies the
  // request body into memory for it (and cuts it at 10 MB), where the upload routes stream hundreds
  // of MB (mail) or a 50 MiB report. Their routes authenticate every call themselves (v1Route), as
  // all of /api/v1 does, and bound what they read; their JSON needs no CSP.
  matcher: [
    '/((?!_next/static|_next/image|favicon.ico|api/v1/mail-sources/[^/]+/messages|api/v1/dmarc-reports$).*)',
  ],
};
