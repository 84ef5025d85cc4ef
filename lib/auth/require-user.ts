import { redirect } from 'next/navigation';
import { getCurrentUser } from './current-user';
import type { SessionUser } from './find-session-user';
import { hasRole, type Role } from './roles';

/** Where a session held for MFA enrolment is sent (an admin while MFA is required for admins). */
export const MFA_ENROLMENT_PATH = '/settings/account/mfa';

export interface RequireUserOptions {
  /** The MFA enrolment page and its actions: open also to a session held for enrolment. */
  duringMfaEnrolment?: boolean;
}

/**
 * For pages and server actions: the signed-in user, or a redirect to the sign-in page. The proxy
 * only checks that a cookie is present; this is the real check, against the sessions table. A
 * session held for MFA enrolment is sent to the enrolment page from everywhere else.
 */
export async function requireUser(
  role: Role = 'viewer',
  { duringMfaEnrolment = false }: RequireUserOptions = {},
): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  if (user.mfaEnrolmentRequired && !duringMfaEnrolment) redirect(MFA_ENROLMENT_PATH);
  if (!hasRole(user.role, role)) redirect('/?error=forbidden');
  return user;
}
