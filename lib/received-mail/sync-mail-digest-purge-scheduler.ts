import type { Queue } from 'bullmq';
import { PURGE_JOB_OPTIONS } from '@/lib/jobs/purge-audit-events-job';
import {
  MAIL_DIGEST_PURGE_PATTERN,
  MAIL_DIGEST_PURGE_SCHEDULER_ID,
  PURGE_MAIL_DIGESTS_JOB,
  purgeMailDigestsPayload,
} from '@/lib/jobs/purge-mail-digests-job';
import { syncJobScheduler } from '@/lib/jobs/sync-job-scheduler';

/** Makes the daily Message-ID digest purge's job scheduler exist in `timeZone` (syncJobScheduler). */
export async function syncMailDigestPurgeScheduler(queue: Queue, timeZone: string): Promise<boolean> {
  return syncJobScheduler(
    queue,
    {
      id: MAIL_DIGEST_PURGE_SCHEDULER_ID,
      pattern: MAIL_DIGEST_PURGE_PATTERN,
      name: PURGE_MAIL_DIGESTS_JOB,
      data: purgeMailDigestsPayload.parse({}),
      opts: PURGE_JOB_OPTIONS,
    },
    timeZone,
  );
}
