import type { NextRequest } from 'next/server';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { requestOrigin } from '@/lib/auth/request-origin';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { signInAs } from '@/lib/auth/set-session-cookie';
import { type FinishSsoResult, finishSsoSignIn } from './finish-sso-sign-in';
import { SSO_BINDING_COOKIE } from './sso-binding';
import type { SsoDeps } from './sso-deps';
import { loginPathWithError, redirectIntoKensa } from './sso-redirects';
import { giveBackSsoStart } from './sso-start-throttle';

/**
 * GET /login/sso/callback: the provider's redirect back. Signs the person in with a new Kensa
 * session and goes to `next`, or back to the sign-in page with the reason; either way the outcome
 * is in the audit log ("auth.sso-sign-in" / "auth.sso-sign-in-refused", with openid-client's
 * reason for a rejected token).
 */
export async function handleSsoCallback(request: NextRequest, deps: SsoDeps | null): Promise<Response> {
  if (!deps) return new Response('SSO is not configured.', { status: 404 });
  let result: FinishSsoResult;
  try {
    result = await finishSsoSignIn(deps.relyingParty, deps.redis, {
      url: request.nextUrl,
      binding: request.cookies.get(SSO_BINDING_COOKIE)?.value,
    });
  } catch (error) {
    console.error('SSO sign-in could not finish:', error);
    return redirectIntoKensa(loginPathWithError('unavailable', '/'));
  }
  const origin = await requestOrigin();
  const actor = { userId: result.userId, label: result.email, clientAddress: origin.clientAddress };
  if (!result.ok) {
    await recordAuditEvent(actor, {
      action: 'auth.sso-sign-in-refused',
      target: result.userId ? { type: 'user', id: result.userId, label: result.email } : undefined,
      after: { reason: result.code, detail: result.detail },
    });
    return redirectIntoKensa(loginPathWithError(result.code, '/'));
  }
  await signInAs(result.userId, origin);
  await giveBackSsoStart(deps.redis, origin.clientAddress);
  await recordAuditEvent(actor, {
    action: 'auth.sso-sign-in',
    target: { type: 'user', id: result.userId, label: result.email },
  });
  return redirectIntoKensa(safeNextPath(result.next));
}
