import { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import type { DomainListFilter } from './domain-list-filter';
import { DOMAIN_STATE_FROM, domainSelectionSql } from './domain-selection-sql';

/** Matches counted per page load; beyond it the page says "1,000+" until asked for the exact count. */
export const DOMAIN_COUNT_CAP = 1000;

/**
 * Run before a page's statements, in their transaction. The current state of 100,000 domains is a
 * few tens of MB, in memory: a random read costs about what a sequential one does. With the default
 * (4) the planner hashes the whole domains table to join a few thousand matches of a selective
 * filter (spf.plus-all, a small group) instead of probing them; PostgreSQL's documentation advises
 * a value near 1 when the data is cached.
 */
export const DOMAIN_PAGE_PLANNER = Prisma.sql`SET LOCAL random_page_cost = 1.1`;

/**
 * The ORDER BY of each sort, each served by one index read in order (migration domain_table_reads):
 * name by domains.ascii, the others by domain_current_state (column, domain_id), ties in
 * registration order (ids are UUIDv7). A never-scanned domain sorts as the oldest scan.
 */
function orderOf({ sort, dir }: DomainListFilter): Prisma.Sql {
  const d = Prisma.raw(dir === 'desc' ? 'DESC' : 'ASC');
  switch (sort) {
    case 'lastScan':
      return Prisma.sql`s.last_scan_at ${d} ${Prisma.raw(dir === 'desc' ? 'NULLS LAST' : 'NULLS FIRST')}, s.domain_id ${d}`;
    case 'errors':
      return Prisma.sql`s.errors ${d}, s.domain_id ${d}`;
    case 'warnings':
      return Prisma.sql`s.warnings ${d}, s.domain_id ${d}`;
    default:
      return Prisma.sql`d.ascii ${d}`;
  }
}

/**
 * The two statements of one page of the domains table: the ids of the page (one more than the
 * page, to tell whether a next one exists), read in index order from the page's offset, and the
 * count of matches, stopped at DOMAIN_COUNT_CAP + 1 unless the filter asks for the exact count.
 * Neither reads every domain for an ordinary page (lib/queries/domain-page-plans.test.ts).
 */
export function domainPageSql(
  viewer: Viewer,
  filter: DomainListFilter,
): { ids: Prisma.Sql; count: Prisma.Sql } {
  const where = domainSelectionSql(viewer, filter);
  const ids = Prisma.sql`SELECT d.id FROM ${DOMAIN_STATE_FROM} WHERE ${where}
    ORDER BY ${orderOf(filter)} LIMIT ${filter.size + 1} OFFSET ${(filter.page - 1) * filter.size}`;
  const count =
    filter.count === 'exact'
      ? Prisma.sql`SELECT count(*)::int AS n FROM ${DOMAIN_STATE_FROM} WHERE ${where}`
      : Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${DOMAIN_STATE_FROM} WHERE ${where}
          LIMIT ${DOMAIN_COUNT_CAP + 1}) AS capped`;
  return { ids, count };
}
