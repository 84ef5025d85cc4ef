import type { Queue } from 'bullmq';
import { DB_JOB_OPTIONS, DIGEST_JOB, digestPayload, digestSchedulerId } from './alert-jobs';

/** Hourly digests go out on the hour; daily ones at 08:00, when the teams start their day. */
const PATTERNS = { hourly: '0 * * * *', daily: '0 8 * * *' } as const;

/**
 * Makes the two digest schedulers exist with these patterns in `timeZone` (KENSA_TIME_ZONE). Run by
 * every reconciler pass, like the group schedules: a scheduler Redis lost comes back, and one that is
 * already right is left alone (upserting it would move its next firing). Returns how many it upserted.
 */
export async function syncDigestSchedulers(queue: Queue, timeZone: string): Promise<number> {
  let upserted = 0;
  for (const digest of ['hourly', 'daily'] as const) {
    const id = digestSchedulerId(digest);
    const present = await queue.getJobScheduler(id);
    if (present?.pattern === PATTERNS[digest] && present.tz === timeZone) continue;
    await queue.upsertJobScheduler(
      id,
      { pattern: PATTERNS[digest], tz: timeZone },
      { name: DIGEST_JOB, data: digestPayload.parse({ digest }), opts: DB_JOB_OPTIONS },
    );
    upserted += 1;
  }
  return upserted;
}
