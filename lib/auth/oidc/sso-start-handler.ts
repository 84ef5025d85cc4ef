import type { NextRequest } from 'next/server';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { beginSsoSignIn } from './begin-sso-sign-in';
import type { SsoDeps } from './sso-deps';
import { loginPathWithError, redirectIntoKensa, redirectToProvider } from './sso-redirects';

/** GET /login/sso?next=…: sends the browser to the provider (404 when SSO is not configured). */
export async function handleSsoStart(request: NextRequest, deps: SsoDeps | null): Promise<Response> {
  if (!deps) return new Response('SSO is not configured.', { status: 404 });
  const next = safeNextPath(request.nextUrl.searchParams.get('next') ?? undefined);
  try {
    const { authorizationUrl, binding } = await beginSsoSignIn(deps.relyingParty, deps.redis, next);
    return redirectToProvider(authorizationUrl, binding);
  } catch (error) {
    // Discovery failed or Redis is away: nothing was started, so there is no one to audit yet.
    console.error('SSO sign-in could not start:', error);
    return redirectIntoKensa(loginPathWithError('unavailable', next));
  }
}
