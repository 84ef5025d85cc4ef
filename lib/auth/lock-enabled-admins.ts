import type { Prisma } from '@/generated/prisma/client';
import { NO_PASSWORD_HASH } from './password-markers';

/**
 * Locks the rows of every admin who can act (enabled, not deleted, not a pending invitation) until
 * the transaction ends, and returns the ids of those among them who administer the whole instance:
 * the admins limited to no group. Only they can manage users, so "the last admin" is the last of
 * them — limiting them to a group would leave nobody able to manage users.
 *
 * Two transactions that each demote, disable, delete or scope an admin therefore run one after the
 * other: the second waits on the locks. Its second statement takes a fresh snapshot (READ COMMITTED,
 * PostgreSQL docs §13.2.1), so it sees whatever the first committed — including a new row in
 * user_group_scopes, which does not change the user's row and so would not be re-checked by the
 * locking statement's own WHERE clause. Rows are locked in id order, so two callers never deadlock.
 */
export async function lockEnabledAdmins(tx: Prisma.TransactionClient): Promise<string[]> {
  await tx.$queryRaw`
    SELECT id FROM users
    WHERE role = 'admin' AND disabled_at IS NULL AND deleted_at IS NULL
      AND (password_hash <> ${NO_PASSWORD_HASH} OR last_login_at IS NOT NULL)
    ORDER BY id
    FOR UPDATE`;
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM users
    WHERE role = 'admin' AND disabled_at IS NULL AND deleted_at IS NULL
      AND (password_hash <> ${NO_PASSWORD_HASH} OR last_login_at IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM user_group_scopes scope WHERE scope.user_id = users.id)`;
  return rows.map((row) => row.id);
}

/** Whether taking unscoped admin rights from `userId` would leave nobody able to administer Kensa. */
export function isLastAdmin(lockedAdmins: readonly string[], userId: string): boolean {
  return lockedAdmins.length <= 1 && lockedAdmins.includes(userId);
}

/**
 * Locks one user's row until the transaction ends (after lockEnabledAdmins, so every writer takes
 * the locks in the same order), so two changes to one user never both read the same "before".
 */
export async function lockUserRow(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${id}::uuid FOR UPDATE`;
}
