import { dayOf } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { openMemberships } from './membership-periods';

export interface DomainToRegister {
  /** A-label form, as normalizeDomain returns it. */
  ascii: string;
  unicode: string;
  parked?: boolean;
  selectors?: string[];
  tags?: string[];
  notes?: string;
  /** Clock, for tests. */
  now?: Date;
}

/**
 * Registers a domain, or re-activates an archived one, and opens its registration period (the 'all'
 * scope) from today in the users' time zone. Call it inside the caller's transaction. Rollups are
 * not recomputed here: the domain has no status yet, and the next run that scans it refreshes today.
 * A re-activated domain starts a new period, so its past periods (and cohorts over them) stay exact.
 */
export async function registerDomain(db: Db, input: DomainToRegister) {
  const { ascii, unicode, now = new Date(), ...fields } = input;
  const domain = await db.domain.upsert({
    where: { ascii },
    create: { ascii, unicode, ...fields },
    update: { archivedAt: null },
    select: { id: true, ascii: true, unicode: true },
  });
  await openMemberships(db, domain.id, [null], dayOf(now));
  return domain;
}
