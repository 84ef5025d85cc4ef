import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type DmarcPeriod, type DmarcScope, targetDomainsSql } from './dmarc-report-target';

export interface DomainsWithoutReports {
  total: number;
  /** The first `limit` by name, as users write them (U-labels). */
  domains: string[];
}

/**
 * The target's registered domains no aggregate report ending in the period was received for: no
 * `rua` published, or receivers not sending (or not reaching) it. Only domains the viewer may see.
 */
export async function listDomainsWithoutDmarcReports(
  viewer: Viewer,
  target: DmarcScope,
  period: DmarcPeriod,
  limit: number,
  db: PrismaClient = prisma,
): Promise<DomainsWithoutReports> {
  readAs(viewer);
  const rows = await db.$queryRaw<Array<{ name: string; total: number }>>(
    Prisma.sql`SELECT d.unicode AS name, (count(*) OVER ())::int AS total FROM domains d
      WHERE ${targetDomainsSql(viewer, target, Prisma.sql`d`)}
        AND NOT EXISTS (SELECT 1 FROM dmarc_reports r WHERE r.policy_domain = d.ascii
          AND r.end_at >= ${period.from}::timestamptz AND r.end_at <= ${period.to}::timestamptz)
      ORDER BY d.unicode LIMIT ${limit}`,
  );
  return { total: rows[0]?.total ?? 0, domains: rows.map((row) => row.name) };
}
