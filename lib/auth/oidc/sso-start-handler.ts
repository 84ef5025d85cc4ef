import type { NextRequest } from 'next/server';
import { requestOrigin } from '@/lib/auth/request-origin';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { beginSsoSignIn } from './begin-sso-sign-in';
import type { SsoDeps } from './sso-deps';
import { loginPathWithError, redirectIntoKensa, redirectToProvider } from './sso-redirects';
import { takeSsoStart } from './sso-start-throttle';

/**
 * GET /login/sso?next=…: sends the browser to the provider (404 when SSO is not configured), unless
 * its address has started too many sign-ins that never completed (sso-start-throttle.ts): then back
 * to the sign-in page, which asks to wait.
 */
export async function handleSsoStart(request: NextRequest, deps: SsoDeps | null): Promise<Response> {
  if (!deps) return new Response('SSO is not configured.', { status: 404 });
  const next = safeNextPath(request.nextUrl.searchParams.get('next') ?? undefined);
  const gate = await takeSsoStart(deps.redis, (await requestOrigin()).clientAddress);
  if (!gate.allowed)
    return redirectIntoKensa(
      loginPathWithError(gate.reason === 'unavailable' ? 'unavailable' : 'wait', next),
    );
  try {
    const { authorizationUrl, binding } = await beginSsoSignIn(deps.relyingParty, deps.redis, next);
    return redirectToProvider(authorizationUrl, binding);
  } catch (error) {
    // Discovery failed or Redis is away: nothing was started, so there is no one to audit yet.
    console.error('SSO sign-in could not start:', error);
    return redirectIntoKensa(loginPathWithError('unavailable', next));
  }
}
