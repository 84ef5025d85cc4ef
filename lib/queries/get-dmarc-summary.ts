import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { countSum } from '@/lib/db/count-sum';
import { type DmarcPeriod, type DmarcScope, dmarcTargetSql } from './dmarc-report-target';

export interface DmarcSummary {
  reports: number;
  /** Reporting organisations (receivers), source addresses, and those not approved for every domain they sent as. */
  organisations: number;
  sources: number;
  unapprovedSources: number;
  lastReportEnd: Date | null;
  messages: number;
  dmarcPass: number;
  /** DMARC-aligned results as the receivers evaluated them (`policy_evaluated`). */
  spfAligned: number;
  dkimAligned: number;
  spfPassUnaligned: number;
  dkimPassUnaligned: number;
  /** Failing DMARC but delivered (disposition none or quarantine). */
  failingDelivered: number;
  /**
   * "What if p=reject": the messages that failed DMARC and a receiver honouring p=reject (pct=100)
   * would have refused, counted from what receivers reported; already rejected ones included.
   */
  wouldBeRejected: number;
  /** The same among approved sources: legitimate mail that would be lost and needs fixing first. */
  wouldBeRejectedApproved: number;
}

/** The headline numbers of the target's DMARC reports in the period. */
export async function getDmarcSummary(
  viewer: Viewer,
  target: DmarcScope,
  period: DmarcPeriod,
  db: PrismaClient = prisma,
): Promise<DmarcSummary> {
  readAs(viewer);
  const [row] = await db.$queryRaw<Array<Record<keyof DmarcSummary, number | Date | null>>>(
    Prisma.sql`WITH rec AS (
        SELECT r.id AS report, r.end_at, r.org_name, rec.*, EXISTS (SELECT 1 FROM dmarc_approved_sources a
          JOIN domains ad ON ad.id = a.domain_id
          WHERE ad.ascii = r.policy_domain AND a.source_ip = rec.source_ip) AS approved
        FROM dmarc_reports r LEFT JOIN dmarc_records rec ON rec.report_id = r.id
        WHERE ${dmarcTargetSql(viewer, target, period)})
      SELECT count(DISTINCT report)::int AS reports, max(end_at) AS "lastReportEnd",
        count(DISTINCT org_name)::int AS organisations, count(DISTINCT source_ip)::int AS sources,
        count(DISTINCT source_ip) FILTER (WHERE NOT approved)::int AS "unapprovedSources",
        ${countSum(Prisma.sql`sum(count)`)} AS messages,
        ${countSum(Prisma.sql`sum(count) FILTER (WHERE dkim_aligned OR spf_aligned)`)} AS "dmarcPass",
        ${countSum(Prisma.sql`sum(count) FILTER (WHERE spf_aligned)`)} AS "spfAligned",
        ${countSum(Prisma.sql`sum(count) FILTER (WHERE dkim_aligned)`)} AS "dkimAligned",
        ${countSum(Prisma.sql`sum(count) FILTER (WHERE spf_auth_pass AND NOT spf_aligned)`)} AS "spfPassUnaligned",
        ${countSum(Prisma.sql`sum(count) FILTER (WHERE dkim_auth_pass AND NOT dkim_aligned)`)} AS "dkimPassUnaligned",
        ${countSum(Prisma.sql`sum(count) FILTER (WHERE NOT (dkim_aligned OR spf_aligned) AND disposition <> 'reject')`)}
          AS "failingDelivered",
        ${countSum(Prisma.sql`sum(count) FILTER (WHERE NOT (dkim_aligned OR spf_aligned))`)} AS "wouldBeRejected",
        ${countSum(Prisma.sql`sum(count) FILTER (WHERE NOT (dkim_aligned OR spf_aligned) AND approved)`)}
          AS "wouldBeRejectedApproved"
      FROM rec`,
  );
  return row as unknown as DmarcSummary;
}
