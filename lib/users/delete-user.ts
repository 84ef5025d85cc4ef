import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { isLastAdmin, lockEnabledAdmins, lockUserRow } from '@/lib/auth/lock-enabled-admins';
import { prisma } from '@/lib/db';
import { readUserSnapshot, userTarget } from './user-snapshot';

export type DeleteUserResult = { ok: true } | { ok: false; code: 'not_found' | 'last_admin' };

/** The address a deleted account keeps: unique, and `.invalid` can never receive mail (RFC 2606 §2). */
export const deletedUserEmail = (id: string) => `deleted-${id}@deleted.invalid`;

/**
 * Soft-deletes a user: the row stays (what they created and the audit log still name them), the
 * e-mail is rewritten so the address can be invited again, and their sessions, links and API tokens
 * end. A user without a name keeps their former address as the name, so history stays readable.
 * The last enabled admin cannot be deleted (admin rows locked as in updateUser).
 */
export async function deleteUser(
  id: string,
  actor: AuditActor,
  { db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<DeleteUserResult> {
  return db.$transaction(async (tx) => {
    const admins = await lockEnabledAdmins(tx);
    await lockUserRow(tx, id);
    const before = await readUserSnapshot(tx, id);
    if (!before) return { ok: false, code: 'not_found' } as const;
    if (isLastAdmin(admins, id)) return { ok: false, code: 'last_admin' } as const;
    await tx.user.update({
      where: { id },
      data: { deletedAt: now, email: deletedUserEmail(id), name: before.name ?? before.email },
    });
    await tx.session.deleteMany({ where: { userId: id } });
    await tx.userToken.deleteMany({ where: { userId: id, usedAt: null } });
    // The person may come back through SSO as a new account, as they may be invited again.
    await tx.ssoIdentity.deleteMany({ where: { userId: id } });
    await tx.userGroupScope.deleteMany({ where: { userId: id } });
    await tx.apiToken.updateMany({ where: { createdById: id, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent(
      actor,
      {
        action: 'user.delete',
        target: userTarget(id, before),
        before: { role: before.role, status: before.status, groups: before.groups },
        after: { status: 'deleted' },
      },
      tx,
    );
    return { ok: true } as const;
  });
}
