import { type NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIE_NAMES } from '@/lib/auth/session-token';

// /api/v1 authenticates every call itself (API token or session, lib/api/v1/v1-route.ts); its
// OpenAPI document is public.
const PUBLIC_PATHS = ['/login', '/setup', '/healthz', '/api/v1'];

/**
 * An optimistic gate only: signed-out visitors (no session cookie) get the sign-in page, and API
 * callers a JSON 401. Every page, action and route still checks the session against the database
 * (lib/auth/page-context.ts, lib/auth/require-user.ts, lib/api/v1/v1-route.ts): a forged cookie gets no further than this.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`)))
    return NextResponse.next();
  if (SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) return NextResponse.next();
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

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
