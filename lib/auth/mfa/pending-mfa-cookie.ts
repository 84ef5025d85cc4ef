import { cookies } from 'next/headers';
import { sessionCookie } from '../session-cookie';
import { PENDING_MFA_SECONDS } from './pending-mfa-sign-in';

/** The cookie naming a pending second step: HttpOnly, and Secure with a `__Host-` name over https, as the session's. */
function pendingCookie() {
  const session = sessionCookie();
  return { name: session.options.secure ? '__Host-kensa_mfa' : 'kensa_mfa', options: session.options };
}

/** Hands the browser the token of its pending second step. */
export async function setPendingMfaCookie(token: string): Promise<void> {
  const { name, options } = pendingCookie();
  (await cookies()).set(name, token, { ...options, maxAge: PENDING_MFA_SECONDS });
}

/** The token of the browser's pending second step, if it has one. */
export async function presentedPendingMfaToken(): Promise<string | undefined> {
  return (await cookies()).get(pendingCookie().name)?.value;
}

/** Forgets the browser's pending second step. */
export async function clearPendingMfaCookie(): Promise<void> {
  const { name, options } = pendingCookie();
  (await cookies()).set(name, '', { ...options, maxAge: 0 });
}
