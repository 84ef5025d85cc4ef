import type { Prisma } from '@/generated/prisma/client';
import { NO_PASSWORD_HASH } from './password-markers';

/**
 * Locks the rows of every admin who can act (enabled, not deleted, not a pending invitation) until the
 * transaction ends, and returns their ids. Two transactions that each demote, disable or delete an
 * admin therefore run one after the other: the second waits here, and once the first commits,
 * PostgreSQL re-checks the WHERE clause on the rows it waited for, so it sees the first change and
 * cannot remove the last admin (SELECT … FOR UPDATE under READ COMMITTED, PostgreSQL docs §13.2.1).
 * Rows are locked in id order, so two callers never deadlock on each other.
 */
export async function lockEnabledAdmins(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM users
    WHERE role = 'admin' AND disabled_at IS NULL AND deleted_at IS NULL
      AND (password_hash <> ${NO_PASSWORD_HASH} OR last_login_at IS NOT NULL)
    ORDER BY id
    FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Whether taking admin rights from `userId` would leave nobody able to administer Kensa. */
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
