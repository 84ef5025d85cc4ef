import type { Queue } from 'bullmq';
import {
  AUDIT_PURGE_PATTERN,
  AUDIT_PURGE_SCHEDULER_ID,
  PURGE_AUDIT_EVENTS_JOB,
  PURGE_JOB_OPTIONS,
  purgeAuditEventsPayload,
} from '@/lib/jobs/purge-audit-events-job';

/**
 * Makes the daily purge's job scheduler exist in `timeZone` (KENSA_TIME_ZONE). Run by every
 * reconciler pass, like the digest schedulers: a scheduler Redis lost comes back, and one that is
 * already right is left alone (upserting it would move its next firing). True when it upserted.
 */
export async function syncAuditPurgeScheduler(queue: Queue, timeZone: string): Promise<boolean> {
  const present = await queue.getJobScheduler(AUDIT_PURGE_SCHEDULER_ID);
  if (present?.pattern === AUDIT_PURGE_PATTERN && present.tz === timeZone) return false;
  await queue.upsertJobScheduler(
    AUDIT_PURGE_SCHEDULER_ID,
    { pattern: AUDIT_PURGE_PATTERN, tz: timeZone },
    { name: PURGE_AUDIT_EVENTS_JOB, data: purgeAuditEventsPayload.parse({}), opts: PURGE_JOB_OPTIONS },
  );
  return true;
}
