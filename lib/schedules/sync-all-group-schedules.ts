import type { Queue } from 'bullmq';
import { prisma } from '@/lib/db';
import { groupIdOfScheduler, groupSchedulerId } from '@/lib/jobs/run-group-schedule-job';
import { type SchedulerRepeat, schedulePattern } from './schedule-pattern';
import { syncGroupSchedule } from './sync-group-schedule';

export interface ScheduleSyncResult {
  upserted: number;
  removed: number;
}

/**
 * Makes the schedule queue's job schedulers match the groups table: a scheduler per scheduled group
 * (added or changed when it differs) and none for a group that is gone or unscheduled. Run by every
 * worker at start-up and on each reconcile tick, so a Redis that lost its data, or a save whose Redis
 * step failed, is repaired.
 */
export async function syncAllGroupSchedules(queue: Queue): Promise<ScheduleSyncResult> {
  const groups = await prisma.group.findMany({
    where: { scheduleKind: { not: 'none' } },
    select: { id: true, scheduleKind: true, scheduleCron: true, scheduleTimeZone: true },
  });
  const wanted = new Map<string, SchedulerRepeat>();
  for (const group of groups) {
    const check = schedulePattern({
      kind: group.scheduleKind,
      cron: group.scheduleCron,
      timeZone: group.scheduleTimeZone,
    });
    if (!check.ok) console.error(`group ${group.id}: schedule not synced: ${check.error}`);
    else if (check.repeat) wanted.set(group.id, check.repeat);
  }
  const present = new Map<string, { pattern?: string; tz?: string }>();
  for (const scheduler of await queue.getJobSchedulers(0, -1)) {
    const groupId = groupIdOfScheduler(scheduler.key);
    if (groupId) present.set(groupId, scheduler);
  }
  const result: ScheduleSyncResult = { upserted: 0, removed: 0 };
  for (const [groupId, repeat] of wanted) {
    const now = present.get(groupId);
    if (now?.pattern === repeat.pattern && now.tz === repeat.tz) continue;
    await syncGroupSchedule(queue, groupId, repeat);
    result.upserted += 1;
  }
  for (const groupId of present.keys()) {
    if (wanted.has(groupId)) continue;
    await queue.removeJobScheduler(groupSchedulerId(groupId));
    result.removed += 1;
  }
  return result;
}
