import type { Queue } from 'bullmq';
import {
  DB_JOB_OPTIONS,
  DIGEST_JOB,
  digestPayload,
  digestSchedulerId,
  SCORECARDS_JOB,
  SCORECARDS_SCHEDULER_ID,
  scorecardsPayload,
} from './alert-jobs';

/**
 * Hourly digests go out on the hour; daily ones at 08:00, when the teams start their day. Scorecard
 * mails are looked at every day at 07:00: each group's first firing in a new week or month sends it.
 */
const SCHEDULERS = [
  {
    id: digestSchedulerId('hourly'),
    pattern: '0 * * * *',
    name: DIGEST_JOB,
    data: digestPayload.parse({ digest: 'hourly' }),
  },
  {
    id: digestSchedulerId('daily'),
    pattern: '0 8 * * *',
    name: DIGEST_JOB,
    data: digestPayload.parse({ digest: 'daily' }),
  },
  {
    id: SCORECARDS_SCHEDULER_ID,
    pattern: '0 7 * * *',
    name: SCORECARDS_JOB,
    data: scorecardsPayload.parse({}),
  },
] as const;

/**
 * Makes the digest and scorecard schedulers exist with these patterns in `timeZone` (KENSA_TIME_ZONE).
 * Run by every reconciler pass, like the group schedules: a scheduler Redis lost comes back, and one
 * that is already right is left alone (upserting it would move its next firing). Returns how many it
 * upserted.
 */
export async function syncDigestSchedulers(queue: Queue, timeZone: string): Promise<number> {
  let upserted = 0;
  for (const { id, pattern, name, data } of SCHEDULERS) {
    const present = await queue.getJobScheduler(id);
    if (present?.pattern === pattern && present.tz === timeZone) continue;
    await queue.upsertJobScheduler(id, { pattern, tz: timeZone }, { name, data, opts: DB_JOB_OPTIONS });
    upserted += 1;
  }
  return upserted;
}
