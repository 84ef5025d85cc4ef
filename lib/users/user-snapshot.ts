import type { Prisma } from '@/generated/prisma/client';
import { type UserStatus, userStatus } from './user-status';

/** What the audit log records of a user before and after a change: never the hash or a link. */
export type UserSnapshot = {
  email: string;
  name: string | null;
  role: 'admin' | 'editor' | 'viewer';
  status: UserStatus;
  /** The groups the user is limited to; empty: every domain. */
  groups: Array<{ id: string; name: string }>;
};

/** The user (not deleted) as the change sees it, read inside its transaction; null when there is none. */
export async function readUserSnapshot(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<UserSnapshot | null> {
  const user = await tx.user.findFirst({
    where: { id, deletedAt: null },
    select: {
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      disabledAt: true,
      lastLoginAt: true,
      groupScopes: { select: { group: { select: { id: true, name: true } } } },
    },
  });
  if (!user) return null;
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    status: userStatus(user),
    groups: user.groupScopes.map((scope) => scope.group).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The audit-log target of a user change: labelled by e-mail, copied so it outlives the account. */
export function userTarget(id: string, user: { email: string }) {
  return { type: 'user', id, label: user.email };
}
