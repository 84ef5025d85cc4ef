import type { Queue } from 'bullmq';
import { env } from '@/lib/env';
import {
  groupSchedulerId,
  RUN_GROUP_SCHEDULE_JOB,
  runGroupScheduleJobOptions,
  runGroupSchedulePayload,
} from '@/lib/jobs/run-group-schedule-job';
import type { SchedulerRepeat } from './schedule-pattern';

/** Makes the group's BullMQ job scheduler match `repeat`: upserted, or removed when null. */
export async function syncGroupSchedule(
  queue: Queue,
  groupId: string,
  repeat: SchedulerRepeat | null,
): Promise<void> {
  const id = groupSchedulerId(groupId);
  if (repeat === null) {
    await queue.removeJobScheduler(id);
    return;
  }
  const config = env();
  await queue.upsertJobScheduler(id, repeat, {
    name: RUN_GROUP_SCHEDULE_JOB,
    data: runGroupSchedulePayload.parse({ groupId }),
    opts: runGroupScheduleJobOptions({
      attempts: config.KENSA_SCAN_ATTEMPTS,
      backoffMs: config.KENSA_SCAN_BACKOFF_MS,
    }),
  });
}
