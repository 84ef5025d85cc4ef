import { dayOf } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { closeMemberships, openMemberships, refreshAffected } from './membership-periods';

/**
 * Makes `groupIds` the domain's groups from today: periods of groups it leaves end yesterday, new
 * ones start today, unchanged ones continue. The affected rollups are recomputed in the same
 * transaction. Returns the groups joined and left.
 */
export async function applyDomainGroups(
  db: Db,
  domainId: string,
  groupIds: readonly string[],
  now = new Date(),
) {
  const today = dayOf(now);
  const current = await db.domainGroup.findMany({
    where: { domainId, untilDay: null, groupId: { not: null } },
    select: { groupId: true },
  });
  const before = new Set(current.map((m) => m.groupId as string));
  const after = new Set(groupIds);
  const left = [...before].filter((id) => !after.has(id));
  const joined = [...after].filter((id) => !before.has(id));
  const affected = [
    ...(left.length > 0 ? await closeMemberships(db, domainId, left, today) : []),
    ...(await openMemberships(db, domainId, joined, today)),
  ];
  await refreshAffected(db, affected);
  return { joined, left };
}
