import type { Job } from 'bullmq';
import type { PrismaClient } from '@/generated/prisma/client';
import { purgeAuditEvents } from '@/lib/audit-log/purge-audit-events';
import { PURGE_AUDIT_EVENTS_JOB, purgeAuditEventsPayload } from '@/lib/jobs/purge-audit-events-job';

/** The maintenance queue's processor: the daily audit log purge (KENSA_AUDIT_RETENTION_DAYS). */
export function maintenanceJobProcessor(deps: { db: PrismaClient; retentionDays: number }) {
  return async (job: Job): Promise<string> => {
    if (job.name !== PURGE_AUDIT_EVENTS_JOB) throw new Error(`unknown maintenance job "${job.name}"`);
    purgeAuditEventsPayload.parse(job.data);
    const deleted = await purgeAuditEvents(deps.db, deps.retentionDays);
    return `${deleted} audit entries older than ${deps.retentionDays} days deleted`;
  };
}
