import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/**
 * The `maintenance` queue: housekeeping that runs on a timer, apart from scans and alerts. Its one
 * job so far deletes audit entries past KENSA_AUDIT_RETENTION_DAYS, daily.
 */
export const MAINTENANCE_QUEUE = 'maintenance';
export const PURGE_AUDIT_EVENTS_JOB = 'purge-audit-events';

/** Nothing to carry: the handler reads the retention from the environment and the rest from the database. */
export const purgeAuditEventsPayload = z.object({}).strict();

export const AUDIT_PURGE_SCHEDULER_ID = 'audit-log-purge';

/** Daily at 03:30 on the users' clock: after the usual 02:00 scheduled scans have started, before the day. */
export const AUDIT_PURGE_PATTERN = '30 3 * * *';

/** A purge is re-runnable (it deletes what is still too old), so failures simply retry, a few times. */
export const PURGE_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 60_000 },
  removeOnComplete: { age: 30 * 24 * 3600 },
  removeOnFail: { age: 90 * 24 * 3600 },
};
