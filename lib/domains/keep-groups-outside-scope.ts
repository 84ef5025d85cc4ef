import type { PrismaClient } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';

/**
 * The groups to give a domain when a caller limited to some groups sets its groups: theirs as asked,
 * plus the groups outside their scope the domain is in now, which they can neither see nor change.
 */
export async function keepGroupsOutsideScope(
  viewer: Viewer,
  domainId: string,
  groupIds: readonly string[],
  db: PrismaClient = prisma,
): Promise<string[]> {
  if (viewer.groupIds === null) return [...groupIds];
  const outside = await db.domainGroup.findMany({
    where: { domainId, untilDay: null, groupId: { not: null, notIn: [...viewer.groupIds] } },
    select: { groupId: true },
  });
  return [...new Set([...groupIds, ...outside.map((m) => m.groupId as string)])];
}
