import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { countSum } from '@/lib/db/count-sum';

export interface UnregisteredReportDomain {
  policyDomain: string;
  reports: number;
  messages: number;
  lastReportEnd: Date;
}

/**
 * Policy domains Kensa holds reports for but does not track (none registered, or archived), offered
 * for registration. They belong to no group, so only viewers not limited to groups see them.
 */
export async function listUnregisteredReportDomains(viewer: Viewer): Promise<UnregisteredReportDomain[]> {
  readAs(viewer);
  if (viewer.groupIds !== null) return [];
  return prisma.$queryRaw<UnregisteredReportDomain[]>`
    SELECT r.policy_domain AS "policyDomain", count(*)::int AS reports, ${countSum(Prisma.sql`sum(r.messages)`)} AS messages,
      max(r.end_at) AS "lastReportEnd"
    FROM dmarc_reports r
    WHERE NOT EXISTS (SELECT 1 FROM domains d WHERE d.ascii = r.policy_domain AND d.archived_at IS NULL)
    GROUP BY r.policy_domain ORDER BY max(r.end_at) DESC LIMIT 200`;
}
