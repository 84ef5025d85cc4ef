import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { STORED_TARGET_SELECT, storedTarget } from './stored-target';
import { auditTarget, targetSnapshot } from './target-audit';

/**
 * Deletes a target, recorded as `group-target.delete` with what it was, in the same transaction.
 * False when there was none. Alerts it fired stay in the delivery history.
 */
export async function deleteGroupTarget(
  id: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.groupTarget.findUnique({ where: { id }, select: STORED_TARGET_SELECT });
    if (!row) return false;
    const before = storedTarget(row);
    await tx.groupTarget.delete({ where: { id } });
    await recordAuditEvent(
      actor,
      {
        action: 'group-target.delete',
        target: auditTarget(id, before.groupName, before.label.en),
        before: targetSnapshot(before),
      },
      tx,
    );
    return true;
  });
}
