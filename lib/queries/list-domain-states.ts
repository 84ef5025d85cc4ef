import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { DomainListFilter, Metric } from './domain-list-filter';

export interface DomainStateRow {
  id: string;
  ascii: string;
  unicode: string;
  parked: boolean;
  tags: string[];
  lastScanAt: Date | null;
  stale: boolean;
  scanned: boolean;
  flags: Record<Metric, boolean | null>;
  findingIds: string[];
  errors: number;
  warnings: number;
}

export interface DomainStatePage {
  rows: DomainStateRow[];
  total: number;
  pages: number;
}

type Where = Prisma.DomainWhereInput;
type StateWhere = Prisma.DomainCurrentStateWhereInput;

function stateConditions(filter: DomainListFilter): { state: StateWhere[]; domain: Where[] } {
  const state: StateWhere[] = [];
  const domain: Where[] = [];
  if (filter.metric) {
    const value = filter.value === 'unknown' ? null : filter.value === 'yes';
    if (value === null)
      domain.push({
        OR: [{ currentState: { is: null } }, { currentState: { is: { [filter.metric]: null } } }],
      });
    else state.push({ [filter.metric]: value });
  }
  if (filter.finding) state.push({ findingIds: { has: filter.finding } });
  if (filter.severity === 'error') state.push({ errors: { gt: 0 } });
  if (filter.severity === 'warning') state.push({ warnings: { gt: 0 } });
  if (filter.severity === 'clean') state.push({ errors: 0, warnings: 0, completeScanId: { not: null } });
  if (filter.stale === 'fresh') state.push({ stale: false, completeScanId: { not: null } });
  if (filter.stale === 'stale')
    domain.push({
      OR: [
        { currentState: { is: null } },
        { currentState: { is: { OR: [{ stale: true }, { completeScanId: null }] } } },
      ],
    });
  return { state, domain };
}

/** The filter as a Prisma condition on active domains; indexes: ascii unique, tags GIN, finding_ids GIN. */
function whereOf(filter: DomainListFilter): Where {
  const and: Where[] = [{ archivedAt: null }];
  if (filter.q) {
    const q = filter.q.replace(/\.$/, '');
    and.push({
      OR: [{ ascii: { contains: q.toLowerCase() } }, { unicode: { contains: q, mode: 'insensitive' } }],
    });
  }
  if (filter.tag) and.push({ tags: { has: filter.tag } });
  if (filter.group) and.push({ memberships: { some: { groupId: filter.group, untilDay: null } } });
  const { state, domain } = stateConditions(filter);
  if (state.length > 0) and.push({ currentState: { is: { AND: state } } });
  and.push(...domain);
  return { AND: and };
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
export async function listDomainStates(filter: DomainListFilter): Promise<DomainStatePage> {
  const where = whereOf(filter);
  const [total, domains] = await Promise.all([
    prisma.domain.count({ where }),
    prisma.domain.findMany({
      where,
      orderBy: orderOf(filter),
      skip: (filter.page - 1) * filter.size,
      take: filter.size,
      select: { id: true, ascii: true, unicode: true, parked: true, tags: true, currentState: true },
    }),
  ]);
  const rows = domains.map(({ currentState: s, ...domain }) => ({
    ...domain,
    lastScanAt: s?.lastScanAt ?? null,
    stale: s?.stale ?? false,
    scanned: Boolean(s?.completeScanId),
    flags: {
      spfPublished: s?.spfPublished ?? null,
      spfValid: s?.spfValid ?? null,
      dkimPublished: s?.dkimPublished ?? null,
      dmarcPublished: s?.dmarcPublished ?? null,
      dmarcEnforcing: s?.dmarcEnforcing ?? null,
      adspPublished: s?.adspPublished ?? null,
      senderIdPublished: s?.senderIdPublished ?? null,
      nullMx: s?.nullMx ?? null,
    },
    findingIds: s?.findingIds ?? [],
    errors: s?.errors ?? 0,
    warnings: s?.warnings ?? 0,
  }));
  return { rows, total, pages: Math.max(1, Math.ceil(total / filter.size)) };
}
