import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleDomainsSql } from './visible';

export interface FindingCount {
  findingId: string;
  domains: number;
}

/**
 * How many active domains have each finding in their current result, optionally within one group's
 * current members. Reads domain_current_state.finding_ids only (one row per domain), never history.
 */
export async function countCurrentFindings(viewer: Viewer, groupId?: string): Promise<FindingCount[]> {
  readAs(viewer);
  const inGroup = groupId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM domain_groups m WHERE m.domain_id = d.id AND m.group_id = ${groupId}::uuid AND m.until_day IS NULL)`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<Array<{ finding_id: string; domains: number }>>`
    SELECT f.finding_id, count(*)::int AS domains
    FROM domain_current_state s
    JOIN domains d ON d.id = s.domain_id AND d.archived_at IS NULL
    CROSS JOIN LATERAL unnest(s.finding_ids) AS f(finding_id)
    WHERE ${visibleDomainsSql(viewer, Prisma.sql`d.id`)} ${inGroup}
    GROUP BY f.finding_id
    ORDER BY domains DESC, f.finding_id`;
  return rows.map((row) => ({ findingId: row.finding_id, domains: row.domains }));
}
