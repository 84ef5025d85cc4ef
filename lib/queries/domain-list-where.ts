import type { Prisma } from '@/generated/prisma/client';
import type { DomainListFilter } from './domain-list-filter';

/** The part of the table's state that selects domains (not how they are sorted or paged). */
export type DomainSelection = Omit<DomainListFilter, 'sort' | 'dir' | 'page' | 'size'>;

type Where = Prisma.DomainWhereInput;
type StateWhere = Prisma.DomainCurrentStateWhereInput;

function stateConditions(filter: DomainSelection): { state: StateWhere[]; domain: Where[] } {
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

/**
 * The domains table's filter as a Prisma condition on active domains (the table and the exports
 * select the same domains); indexes: ascii unique, tags GIN, finding_ids GIN.
 */
export function domainListWhere(filter: DomainSelection): Where {
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
