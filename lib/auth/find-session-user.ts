import { prisma } from '@/lib/db';
import type { Role } from './roles';
import { scopeOf } from './scope';
import { hashSessionToken } from './session-token';

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** The groups this user is limited to; null: every domain. */
  groupIds: string[] | null;
}

/** The user behind a session cookie value, or null when it is unknown, expired, or the user may not sign in. */
export async function findSessionUser(token: string | undefined): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: {
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabledAt: true,
          deletedAt: true,
          groupScopes: { select: { groupId: true } },
        },
      },
    },
  });
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  // A disabled or deleted user's sessions stop working at once, whatever their expiry.
  const { disabledAt, deletedAt, groupScopes, ...user } = session.user;
  if (disabledAt || deletedAt) return null;
  return { ...user, groupIds: scopeOf(groupScopes) };
}
