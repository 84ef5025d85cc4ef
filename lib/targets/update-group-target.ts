import type { PrismaClient } from '@/generated/prisma/client';
import { changedFields } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { dateColumn } from '@/lib/history/day-of';
import { STORED_TARGET_SELECT, storedTarget } from './stored-target';
import { auditTarget, targetSnapshot } from './target-audit';
import type { TargetPlan } from './target-schema';

export type UpdateGroupTargetResult =
  | { ok: true; changed: boolean }
  | { ok: false; code: 'not_found' | 'deadline_passed' };

/**
 * Changes a target's plan — level, deadline, milestones — recorded as `group-target.update` with
 * what changed, in the same transaction. What it measures and its baseline stay: another metric
 * is another target. The deadline must stay after the day the target was made.
 */
export async function updateGroupTarget(
  id: string,
  plan: TargetPlan,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<UpdateGroupTargetResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.groupTarget.findUnique({ where: { id }, select: STORED_TARGET_SELECT });
    if (!row) return { ok: false, code: 'not_found' } as const;
    const before = storedTarget(row);
    if (plan.deadline <= before.createdDay) return { ok: false, code: 'deadline_passed' } as const;
    const diff = changedFields(targetSnapshot(before), targetSnapshot({ metric: before.metric, ...plan }));
    if (!diff) return { ok: true, changed: false } as const;
    await tx.groupTarget.update({
      where: { id },
      data: { percent: plan.percent, deadline: dateColumn(plan.deadline), milestones: plan.milestones },
    });
    await recordAuditEvent(
      actor,
      { action: 'group-target.update', target: auditTarget(id, before.groupName, before.label.en), ...diff },
      tx,
    );
    return { ok: true, changed: true } as const;
  });
}
