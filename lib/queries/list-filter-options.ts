import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleDomainsSql, visibleGroups } from './visible';

export interface FilterOptions {
  groups: Array<{ id: string; name: string }>;
  tags: string[];
}

const MAX_TAGS = 500;

/**
 * Groups and tags to offer in the domains filters. The tags come from the distinct tag *sets* of
 * active visible domains, found by skipping through the b-tree on domains.tags (one index probe per
 * distinct set: a handful, however many domains carry them) instead of unnesting every domain.
 */
export async function listFilterOptions(viewer: Viewer): Promise<FilterOptions> {
  readAs(viewer);
  const visible = visibleDomainsSql(viewer, Prisma.sql`d.id`);
  const [groups, tags] = await Promise.all([
    prisma.group.findMany({
      where: visibleGroups(viewer),
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    prisma.$queryRaw<Array<{ tag: string }>>`
      WITH RECURSIVE sets AS (
        (SELECT d.tags FROM domains d WHERE d.archived_at IS NULL AND ${visible} ORDER BY d.tags LIMIT 1)
        UNION ALL
        SELECT (SELECT d.tags FROM domains d WHERE d.tags > sets.tags AND d.archived_at IS NULL
          AND ${visible} ORDER BY d.tags LIMIT 1)
        FROM sets WHERE sets.tags IS NOT NULL
      )
      SELECT DISTINCT unnest(tags) AS tag FROM sets ORDER BY 1 LIMIT ${MAX_TAGS}`,
  ]);
  return { groups, tags: tags.map((row) => row.tag) };
}
