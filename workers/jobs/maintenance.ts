import type { Job } from 'bullmq';
import type { PrismaClient } from '@/generated/prisma/client';
import { purgeAuditEvents } from '@/lib/audit-log/purge-audit-events';
import { recomputeGroupCompliance } from '@/lib/compliance/recompute-group-compliance';
import { PURGE_AUDIT_EVENTS_JOB, purgeAuditEventsPayload } from '@/lib/jobs/purge-audit-events-job';
import { PURGE_MAIL_DIGESTS_JOB, purgeMailDigestsPayload } from '@/lib/jobs/purge-mail-digests-job';
import { RECOMPUTE_COMPLIANCE_JOB, recomputeCompliancePayload } from '@/lib/jobs/recompute-compliance-job';
import { purgeSeenMessages } from '@/lib/received-mail/purge-seen-messages';

export interface MaintenanceDeps {
  db: PrismaClient;
  /** KENSA_AUDIT_RETENTION_DAYS */
  retentionDays: number;
  /** KENSA_MAIL_DIGEST_RETENTION_DAYS */
  mailDigestRetentionDays: number;
  /** KENSA_TIME_ZONE: the digests' days are in it. */
  timeZone?: string;
}

/**
 * The maintenance queue's processor: the daily purges of the audit log and of old Message-ID digests,
 * and recomputing a group's compliance after a profile change.
 */
export function maintenanceJobProcessor(deps: MaintenanceDeps) {
  return async (job: Job): Promise<string> => {
    if (job.name === PURGE_AUDIT_EVENTS_JOB) {
      purgeAuditEventsPayload.parse(job.data);
      const deleted = await purgeAuditEvents(deps.db, deps.retentionDays);
      return `${deleted} audit entries older than ${deps.retentionDays} days deleted`;
    }
    if (job.name === PURGE_MAIL_DIGESTS_JOB) {
      purgeMailDigestsPayload.parse(job.data);
      const days = deps.mailDigestRetentionDays;
      const deleted = await purgeSeenMessages(deps.db, days, { timeZone: deps.timeZone });
      return `${deleted} Message-ID digests older than ${days} days deleted`;
    }
    if (job.name === RECOMPUTE_COMPLIANCE_JOB) {
      const { groupId } = recomputeCompliancePayload.parse(job.data);
      const evaluated = await recomputeGroupCompliance(deps.db, [groupId]);
      return `group ${groupId}: compliance recomputed, ${evaluated} reports judged`;
    }
    throw new Error(`unknown maintenance job "${job.name}"`);
  };
}
