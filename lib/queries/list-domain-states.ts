import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import type { DomainListFilter } from './domain-list-filter';
import { DOMAIN_COUNT_CAP, DOMAIN_PAGE_PLANNER, domainPageSql } from './domain-page-sql';
import { DOMAIN_STATE_SELECT, type DomainStateRow, toDomainStateRow } from './domain-state-row';
import { findDomainsInOrder } from './find-domains-in-order';

export type { DomainStateRow } from './domain-state-row';

export interface DomainStatePage {
  rows: DomainStateRow[];
  /** Domains matching, or null when more than DOMAIN_COUNT_CAP and the exact count was not asked for. */
  total: number | null;
  /** Pages known to exist: all of them when the total is known, else up to the next one. */
  pages: number;
}

/**
 * One page of the domains table, read from domain_current_state (never the scan history). Pages
 * are numbered (offset), each read in index order, so page 20 reads 1,000 index entries whatever
 * the number of domains; the total is counted up to DOMAIN_COUNT_CAP, never over everything, unless
 * the filter asks for the exact count (`count=exact`, a link on the page).
 */
export async function listDomainStates(viewer: Viewer, filter: DomainListFilter): Promise<DomainStatePage> {
  readAs(viewer);
  const sql = domainPageSql(viewer, filter);
  const [, [counted], idRows] = await prisma.$transaction([
    prisma.$executeRaw(DOMAIN_PAGE_PLANNER),
    prisma.$queryRaw<[{ n: number }]>(sql.count),
    prisma.$queryRaw<Array<{ id: string }>>(sql.ids),
  ]);
  const total = filter.count !== 'exact' && counted.n > DOMAIN_COUNT_CAP ? null : counted.n;
  const ids = idRows.map((row) => row.id);
  const hasNext = ids.length > filter.size;
  const domains = await findDomainsInOrder(prisma, ids.slice(0, filter.size), DOMAIN_STATE_SELECT);
  const pages =
    total === null ? filter.page + (hasNext ? 1 : 0) : Math.max(1, Math.ceil(total / filter.size));
  return { rows: domains.map(toDomainStateRow), total, pages };
}
