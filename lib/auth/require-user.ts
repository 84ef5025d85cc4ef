import { redirect } from 'next/navigation';
import { getCurrentUser } from './current-user';
import type { SessionUser } from './find-session-user';
import { hasRole, type Role } from './roles';

/**
 * For pages and server actions: the signed-in user, or a redirect to the sign-in page. The proxy
 * only checks that a cookie is present; this is the real check, against the sessions table.
 */
export async function requireUser(role: Role = 'viewer'): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  if (!hasRole(user.role, role)) redirect('/?error=forbidden');
  return user;
}
