import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleDomainsSql } from './visible';

export interface FindingCount {
  findingId: string;
  domains: number;
}

type Row = { finding_id: string; domains: number };

/**
 * Every active domain: the counts the triggers on domain_current_state keep (finding_counts, over
 * every state) less those of archived domains, which are few. Costs the same at 100,000 domains
 * as at 1,000.
 */
function countEverywhere(): Promise<Row[]> {
  return prisma.$queryRaw<Row[]>`
    SELECT c.finding_id, (c.domains - coalesce(a.domains, 0))::int AS domains
    FROM finding_counts c
    LEFT JOIN (
      SELECT f.finding_id, count(*) AS domains
      FROM domains d JOIN domain_current_state s ON s.domain_id = d.id
      CROSS JOIN LATERAL unnest(s.finding_ids) AS f(finding_id)
      WHERE d.archived_at IS NOT NULL GROUP BY f.finding_id
    ) AS a USING (finding_id)
    WHERE c.domains - coalesce(a.domains, 0) > 0
    ORDER BY domains DESC, c.finding_id`;
}

/** Within a group or a scoped viewer's groups: counted over those domains, as many as they are. */
function countWithin(viewer: Viewer, groupId?: string): Promise<Row[]> {
  const inGroup = groupId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM domain_groups m WHERE m.domain_id = d.id AND m.group_id = ${groupId}::uuid AND m.until_day IS NULL)`
    : Prisma.empty;
  return prisma.$queryRaw<Row[]>`
    SELECT f.finding_id, count(*)::int AS domains
    FROM domain_current_state s
    JOIN domains d ON d.id = s.domain_id AND d.archived_at IS NULL
    CROSS JOIN LATERAL unnest(s.finding_ids) AS f(finding_id)
    WHERE ${visibleDomainsSql(viewer, Prisma.sql`d.id`)} ${inGroup}
    GROUP BY f.finding_id
    ORDER BY domains DESC, f.finding_id`;
}

/**
 * How many active domains have each finding in their current result, optionally within one group's
 * current members; a scoped viewer's counts cover only their groups' domains.
 */
export async function countCurrentFindings(viewer: Viewer, groupId?: string): Promise<FindingCount[]> {
  readAs(viewer);
  const rows =
    viewer.groupIds === null && !groupId ? await countEverywhere() : await countWithin(viewer, groupId);
  return rows.map((row) => ({ findingId: row.finding_id, domains: row.domains }));
}
