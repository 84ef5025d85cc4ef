import type { Prisma } from '@/generated/prisma/client';

/**
 * Limits a user to exactly these groups (none: every domain), inside the caller's transaction.
 * False, changing nothing, when an id names no group.
 */
export async function replaceGroupScope(
  tx: Prisma.TransactionClient,
  userId: string,
  groupIds: readonly string[],
): Promise<boolean> {
  const unique = [...new Set(groupIds)];
  if ((await tx.group.count({ where: { id: { in: unique } } })) !== unique.length) return false;
  await tx.userGroupScope.deleteMany({ where: { userId } });
  await tx.userGroupScope.createMany({ data: unique.map((groupId) => ({ userId, groupId })) });
  return true;
}
