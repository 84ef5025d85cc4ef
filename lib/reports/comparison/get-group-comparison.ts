import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { followedVersions } from '@/lib/compliance/profile-versions';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleGroups } from '@/lib/queries/visible';
import { compareSnapshots } from './compare-snapshots';
import type { ComparisonInput } from './comparison-input';
import type { GroupComparison } from './group-comparison-schema';
import { loadGroupSnapshots } from './load-group-snapshots';

/** Domains listed per kind (improved, regressed, added, removed); the totals are always whole. */
export const COMPARISON_LISTED = 500;

/**
 * A group compared on two days: both snapshots loaded in one statement, each judged against the
 * latest version of every profile the group follows now (like for like, as the rollups are
 * recomputed when a profile changes), then compared by the pure compareSnapshots. null when the
 * group is not the viewer's to see; every member of a visible group is visible.
 */
export async function getGroupComparison(
  viewer: Viewer,
  groupId: string,
  { from, to }: ComparisonInput,
  db: PrismaClient = prisma,
  now: Date = new Date(),
): Promise<GroupComparison | null> {
  readAs(viewer);
  if (!isUuid(groupId)) return null;
  const group = await db.group.findFirst({
    where: { AND: [{ id: groupId }, visibleGroups(viewer)] },
    select: { id: true, name: true },
  });
  if (!group) return null;
  const profiles = (await followedVersions(db, [group.id])).map(({ groupId: _, ...profile }) => profile);
  const [then, later] = await loadGroupSnapshots(db, group.id, profiles, [from, to]);
  if (!then || !later) throw new Error('a snapshot per day was expected');
  return {
    group,
    generatedAt: now.toISOString(),
    ...compareSnapshots(then, later, profiles, COMPARISON_LISTED),
  };
}
