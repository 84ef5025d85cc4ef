import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { countSum } from '@/lib/db/count-sum';
import { type DmarcPeriod, type DmarcScope, dmarcTargetSql } from './dmarc-report-target';

export interface DmarcSourceRow {
  ip: string;
  reverseName: string | null;
  /** 'name', 'none' (certainly no PTR) or 'unknown' (the lookup failed; asked again at the next ingest). */
  reverseStatus: 'name' | 'none' | 'unknown';
  /** A provider id (lib/dmarc/sending-providers.ts) from the reverse name, else from the SPF domain. */
  provider: string | null;
  messages: number;
  dmarcPass: number;
  spfAligned: number;
  dkimAligned: number;
  /** Alignment failures: SPF (or DKIM) passed, but for a domain not aligned with the From: domain. */
  spfPassUnaligned: number;
  dkimPassUnaligned: number;
  /** Approved for every domain of the target that it sent as (for a domain: approved for it). */
  approved: boolean;
}

/** Sources listed at most, the busiest first. */
const SOURCES_SHOWN = 500;

/**
 * Who sent as the target's domains in the period, per source address, busiest first: the first
 * `limit` (500 by default), or of those not approved only (`unapprovedOnly`).
 */
export async function listDmarcSources(
  viewer: Viewer,
  target: DmarcScope,
  period: DmarcPeriod,
  options: { limit?: number; unapprovedOnly?: boolean } = {},
  db: PrismaClient = prisma,
): Promise<DmarcSourceRow[]> {
  readAs(viewer);
  return db.$queryRaw<DmarcSourceRow[]>(
    Prisma.sql`SELECT * FROM (SELECT rec.source_ip AS ip, s.reverse_name AS "reverseName",
        coalesce(s.reverse_status::text, 'unknown') AS "reverseStatus",
        coalesce(s.provider, max(rec.provider)) AS provider,
        ${countSum(Prisma.sql`sum(rec.count)`)} AS messages,
        ${countSum(Prisma.sql`sum(rec.count) FILTER (WHERE rec.dkim_aligned OR rec.spf_aligned)`)} AS "dmarcPass",
        ${countSum(Prisma.sql`sum(rec.count) FILTER (WHERE rec.spf_aligned)`)} AS "spfAligned",
        ${countSum(Prisma.sql`sum(rec.count) FILTER (WHERE rec.dkim_aligned)`)} AS "dkimAligned",
        ${countSum(Prisma.sql`sum(rec.count) FILTER (WHERE rec.spf_auth_pass AND NOT rec.spf_aligned)`)} AS "spfPassUnaligned",
        ${countSum(Prisma.sql`sum(rec.count) FILTER (WHERE rec.dkim_auth_pass AND NOT rec.dkim_aligned)`)} AS "dkimPassUnaligned",
        bool_and(EXISTS (SELECT 1 FROM dmarc_approved_sources a JOIN domains ad ON ad.id = a.domain_id
          WHERE ad.ascii = r.policy_domain AND a.source_ip = rec.source_ip)) AS approved
      FROM dmarc_reports r JOIN dmarc_records rec ON rec.report_id = r.id
      LEFT JOIN dmarc_sources s ON s.ip = rec.source_ip
      WHERE ${dmarcTargetSql(viewer, target, period)}
      GROUP BY rec.source_ip, s.reverse_name, s.reverse_status, s.provider) AS source
      WHERE ${options.unapprovedOnly ? Prisma.sql`NOT approved` : Prisma.sql`TRUE`}
      ORDER BY messages DESC, ip LIMIT ${options.limit ?? SOURCES_SHOWN}`,
  );
}
