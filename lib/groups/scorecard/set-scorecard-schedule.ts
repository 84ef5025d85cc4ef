import type { PrismaClient, ScorecardSchedule } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';

export const SCORECARD_SCHEDULES = [
  'off',
  'weekly',
  'monthly',
] as const satisfies readonly ScorecardSchedule[];

export type SetScorecardScheduleResult = { ok: true; changed: boolean } | { ok: false; code: 'not_found' };

/**
 * How often the group's contacts are mailed its scorecard summary. Records
 * `group.scorecard-schedule` with before and after in the same transaction when it changes.
 */
export async function setScorecardSchedule(
  groupId: string,
  schedule: ScorecardSchedule,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<SetScorecardScheduleResult> {
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({
      where: { id: groupId },
      select: { name: true, scorecardSchedule: true },
    });
    if (!group) return { ok: false, code: 'not_found' } as const;
    if (group.scorecardSchedule === schedule) return { ok: true, changed: false } as const;
    await tx.group.update({ where: { id: groupId }, data: { scorecardSchedule: schedule } });
    await recordAuditEvent(
      actor,
      {
        action: 'group.scorecard-schedule',
        target: { type: 'group', id: groupId, label: group.name },
        before: { scorecardSchedule: group.scorecardSchedule },
        after: { scorecardSchedule: schedule },
      },
      tx,
    );
    return { ok: true, changed: true } as const;
  });
}
