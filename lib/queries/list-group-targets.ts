import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { type Day, dayOf } from '@/lib/history/day-of';
import { loadTargetProgress } from '@/lib/targets/load-target-progress';
import { STORED_TARGET_SELECT, storedTarget } from '@/lib/targets/stored-target';
import type { TargetProgress } from '@/lib/targets/target-progress';
import { visibleTargets } from './visible';

export type { TargetProgress } from '@/lib/targets/target-progress';

/**
 * The targets of the given groups (null: every group) the viewer may see, each with its progress on
 * `asOf` (today unless told): by group name, then deadline. Groups outside the viewer's scope add
 * nothing, as if they had no targets.
 */
export async function listGroupTargets(
  viewer: Viewer,
  { groupIds, asOf = dayOf(new Date()) }: { groupIds: readonly string[] | null; asOf?: Day },
  db: PrismaClient = prisma,
): Promise<TargetProgress[]> {
  readAs(viewer);
  const rows = await db.groupTarget.findMany({
    where: {
      AND: [visibleTargets(viewer), groupIds === null ? {} : { groupId: { in: groupIds.filter(isUuid) } }],
    },
    select: STORED_TARGET_SELECT,
    orderBy: [{ group: { name: 'asc' } }, { deadline: 'asc' }, { id: 'asc' }],
  });
  return loadTargetProgress(db, rows.map(storedTarget), asOf);
}
