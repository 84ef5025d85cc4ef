import type { Queue } from 'bullmq';
import {
  AUDIT_PURGE_PATTERN,
  AUDIT_PURGE_SCHEDULER_ID,
  PURGE_AUDIT_EVENTS_JOB,
  PURGE_JOB_OPTIONS,
  purgeAuditEventsPayload,
} from '@/lib/jobs/purge-audit-events-job';
import { syncJobScheduler } from '@/lib/jobs/sync-job-scheduler';

/** Makes the daily audit log purge's job scheduler exist in `timeZone` (syncJobScheduler). */
export async function syncAuditPurgeScheduler(queue: Queue, timeZone: string): Promise<boolean> {
  return syncJobScheduler(
    queue,
    {
      id: AUDIT_PURGE_SCHEDULER_ID,
      pattern: AUDIT_PURGE_PATTERN,
      name: PURGE_AUDIT_EVENTS_JOB,
      data: purgeAuditEventsPayload.parse({}),
      opts: PURGE_JOB_OPTIONS,
    },
    timeZone,
  );
}
