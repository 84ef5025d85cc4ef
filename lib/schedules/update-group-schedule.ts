import { z } from 'zod';
import { changedFields } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { within } from '@/lib/jobs/within';
import { scheduleQueue } from '@/lib/queue';
import { checkNewSchedule } from './schedule-pattern';
import { syncGroupSchedule } from './sync-group-schedule';

export const groupScheduleInput = z.object({
  groupId: z.uuid(),
  kind: z.enum(['none', 'daily', 'weekly', 'cron']),
  cron: z.string().max(200).nullish(),
  timeZone: z.string().min(1).max(64),
});
export type GroupScheduleInput = z.input<typeof groupScheduleInput>;

const REDIS_WAIT_MS = 5000;

export type UpdateGroupScheduleResult =
  | { ok: true }
  | { ok: false; code: 'invalid_request' | 'not_found'; error: string };

/**
 * Saves a group's schedule and syncs its BullMQ job scheduler. The database is the truth: if Redis
 * is unreachable the save still stands and the workers' periodic sync creates the scheduler later.
 * A schedule that changed is recorded as `group.schedule` in the transaction of the save.
 */
export async function updateGroupSchedule(
  input: unknown,
  actor: AuditActor,
): Promise<UpdateGroupScheduleResult> {
  const parsed = groupScheduleInput.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: 'invalid_request', error: parsed.error.issues[0]?.message ?? '' };
  const { groupId, kind, timeZone } = parsed.data;
  const cron = kind === 'cron' ? (parsed.data.cron ?? null) : null;
  const check = checkNewSchedule({ kind, cron, timeZone });
  if (!check.ok) return { ok: false, code: 'invalid_request', error: check.error };
  const schedule = {
    scheduleKind: kind,
    scheduleCron: check.repeat && kind === 'cron' ? check.repeat.pattern : null,
    scheduleTimeZone: timeZone,
  };
  const found = await prisma.$transaction(async (tx) => {
    const before = await tx.group.findUnique({
      where: { id: groupId },
      select: { name: true, scheduleKind: true, scheduleCron: true, scheduleTimeZone: true },
    });
    if (!before) return false;
    await tx.group.update({ where: { id: groupId }, data: schedule });
    const { name, ...stored } = before;
    const diff = changedFields(stored, schedule);
    const target = { type: 'group', id: groupId, label: name };
    if (diff) await recordAuditEvent(actor, { action: 'group.schedule', target, ...diff }, tx);
    return true;
  });
  if (!found) return { ok: false, code: 'not_found', error: 'no such group' };
  const what = `group ${groupId}: scheduler sync`;
  try {
    await within(syncGroupSchedule(scheduleQueue(), groupId, check.repeat), REDIS_WAIT_MS, what);
  } catch (error) {
    console.error(`${what} failed; the workers' periodic sync will retry: ${String(error)}`);
  }
  return { ok: true };
}
