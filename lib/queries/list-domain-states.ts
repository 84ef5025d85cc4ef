import type { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import type { DomainListFilter } from './domain-list-filter';
import { domainListWhere } from './domain-list-where';
import { DOMAIN_STATE_SELECT, type DomainStateRow, toDomainStateRow } from './domain-state-row';
import { visibleDomains } from './visible';

export type { DomainStateRow } from './domain-state-row';

export interface DomainStatePage {
  rows: DomainStateRow[];
  total: number;
  pages: number;
}

function orderOf(filter: DomainListFilter): Prisma.DomainOrderByWithRelationInput[] {
  const dir = filter.dir;
  switch (filter.sort) {
    case 'lastScan':
      return [{ currentState: { lastScanAt: { sort: dir, nulls: 'last' } } }, { ascii: 'asc' }];
    case 'errors':
      return [{ currentState: { errors: dir } }, { ascii: 'asc' }];
    case 'warnings':
      return [{ currentState: { warnings: dir } }, { ascii: 'asc' }];
    default:
      return [{ ascii: dir }];
  }
}

/**
 * One page of the domains table, read from domain_current_state (never the scan history), with the
 * number of matching domains for the pager. Paging is offset-based: fine for the page numbers people
 * click; the filters keep the working set small.
 */
export async function listDomainStates(viewer: Viewer, filter: DomainListFilter): Promise<DomainStatePage> {
  readAs(viewer);
  const where = { AND: [domainListWhere(filter), visibleDomains(viewer)] };
  const [total, domains] = await Promise.all([
    prisma.domain.count({ where }),
    prisma.domain.findMany({
      where,
      orderBy: orderOf(filter),
      skip: (filter.page - 1) * filter.size,
      take: filter.size,
      select: DOMAIN_STATE_SELECT,
    }),
  ]);
  const rows = domains.map(toDomainStateRow);
  return { rows, total, pages: Math.max(1, Math.ceil(total / filter.size)) };
}
