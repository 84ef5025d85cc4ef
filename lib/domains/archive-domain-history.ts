import { dayOf } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { closeMemberships, refreshAffected } from './membership-periods';

/**
 * Archives a domain: marks it archived and ends every open period (registration and groups) so it
 * leaves today's figures while its past days keep counting, then recomputes the affected rollups.
 * Returns false when there was no active domain with that id.
 */
export async function archiveDomainHistory(db: Db, domainId: string, now = new Date()): Promise<boolean> {
  const archived = await db.domain.updateMany({
    where: { id: domainId, archivedAt: null },
    data: { archivedAt: now },
  });
  if (archived.count === 0) return false;
  const today = dayOf(now);
  await refreshAffected(db, await closeMemberships(db, domainId, 'every', today));
  return true;
}
