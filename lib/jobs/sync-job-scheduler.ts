import type { JobsOptions, Queue } from 'bullmq';

/** A job that runs on a timer: its scheduler's id, cron pattern and the job it makes. */
export interface JobSchedule {
  id: string;
  pattern: string;
  name: string;
  data: Record<string, unknown>;
  opts: JobsOptions;
}

/**
 * Makes a job scheduler exist with `schedule`'s pattern in `timeZone` (KENSA_TIME_ZONE). Run by every
 * reconciler pass: a scheduler Redis lost comes back, and one that is already right is left alone
 * (upserting it would move its next firing). True when it upserted.
 */
export async function syncJobScheduler(
  queue: Queue,
  schedule: JobSchedule,
  timeZone: string,
): Promise<boolean> {
  const present = await queue.getJobScheduler(schedule.id);
  if (present?.pattern === schedule.pattern && present.tz === timeZone) return false;
  await queue.upsertJobScheduler(
    schedule.id,
    { pattern: schedule.pattern, tz: timeZone },
    { name: schedule.name, data: schedule.data, opts: schedule.opts },
  );
  return true;
}
