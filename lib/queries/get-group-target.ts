import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleTargets } from './visible';

/** A target's group, when the target is the viewer's to see (its group is); null otherwise. */
export async function getGroupTarget(
  viewer: Viewer,
  id: string,
): Promise<{ id: string; groupId: string } | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  return prisma.groupTarget.findFirst({
    where: { AND: [{ id }, visibleTargets(viewer)] },
    select: { id: true, groupId: true },
  });
}
