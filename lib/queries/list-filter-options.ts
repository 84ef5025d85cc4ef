import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleDomainsSql, visibleGroups } from './visible';

export interface FilterOptions {
  groups: Array<{ id: string; name: string }>;
  tags: string[];
}

/** Groups and tags to offer in the domains filters (tags: the distinct values of the GIN-indexed array). */
export async function listFilterOptions(viewer: Viewer): Promise<FilterOptions> {
  readAs(viewer);
  const [groups, tags] = await Promise.all([
    prisma.group.findMany({
      where: visibleGroups(viewer),
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    prisma.$queryRaw<Array<{ tag: string }>>`
      SELECT DISTINCT unnest(d.tags) AS tag FROM domains d
      WHERE d.archived_at IS NULL AND ${visibleDomainsSql(viewer, Prisma.sql`d.id`)} ORDER BY 1 LIMIT 500`,
  ]);
  return { groups, tags: tags.map((row) => row.tag) };
}
