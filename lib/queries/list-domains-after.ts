import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import type { DomainSelection } from './domain-selection-sql';
import { DOMAIN_STATE_SELECT, type DomainStateRow, toDomainStateRow } from './domain-state-row';
import { findDomainsInOrder } from './find-domains-in-order';
import { selectDomainIdsAfter } from './select-domain-ids-after';

export interface DomainKeysetPage {
  rows: DomainStateRow[];
  /** The ascii name to continue after, or null when this was the last page. */
  next: string | null;
}

/**
 * A page of the domains the table's filter selects, ordered by ASCII name and read by keyset
 * (`ascii > after` on the unique index, never OFFSET): page 100 of a 100,000-domain pull costs what
 * page 1 does, and domains registered or archived meanwhile cannot make another one appear twice or
 * be skipped. One row more than asked tells whether a next page exists.
 */
export async function listDomainsAfter(
  viewer: Viewer,
  selection: DomainSelection,
  page: { after: string | null; limit: number },
  db: PrismaClient = prisma,
): Promise<DomainKeysetPage> {
  readAs(viewer);
  const ids = await selectDomainIdsAfter(db, viewer, selection, page.after, page.limit + 1);
  const domains = await findDomainsInOrder(db, ids.slice(0, page.limit), DOMAIN_STATE_SELECT);
  const rows = domains.map(toDomainStateRow);
  return { rows, next: ids.length > page.limit ? (rows.at(-1)?.ascii ?? null) : null };
}
