import { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { METRIC_COLUMNS } from '@/lib/history/metric-columns';
import type { DomainListFilter } from './domain-list-filter';
import { visibleDomainsSql } from './visible';

/** The part of the table's state that selects domains (not how they are sorted or paged). */
export type DomainSelection = Omit<DomainListFilter, 'sort' | 'dir' | 'page' | 'size' | 'count'>;

/** The FROM clause the condition below is written for: every domain has a current-state row. */
export const DOMAIN_STATE_FROM = Prisma.sql`domains d JOIN domain_current_state s ON s.domain_id = d.id`;

/** `q` as a LIKE pattern matching it anywhere, its wildcards taken literally. */
function containing(q: string): string {
  return `%${q.replace(/[\\%_]/g, '\\$&')}%`;
}

function stateConditions(filter: DomainSelection): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (filter.metric) {
    // A fixed column name from METRIC_COLUMNS, never input.
    const column = Prisma.raw(`s.${METRIC_COLUMNS[filter.metric]}`);
    if (filter.value === 'unknown') and.push(Prisma.sql`${column} IS NULL`);
    else and.push(Prisma.sql`${column} = ${filter.value === 'yes'}`);
  }
  if (filter.finding) and.push(Prisma.sql`s.finding_ids @> ARRAY[${filter.finding}]::text[]`);
  if (filter.severity === 'error') and.push(Prisma.sql`s.errors > 0`);
  if (filter.severity === 'warning') and.push(Prisma.sql`s.warnings > 0`);
  if (filter.severity === 'clean')
    and.push(Prisma.sql`s.errors = 0 AND s.warnings = 0 AND s.complete_run_number IS NOT NULL`);
  if (filter.stale === 'fresh') and.push(Prisma.sql`NOT s.stale AND s.complete_run_number IS NOT NULL`);
  if (filter.stale === 'stale') and.push(Prisma.sql`(s.stale OR s.complete_run_number IS NULL)`);
  return and;
}

/**
 * The domains table's filter, within the viewer's scope, as a condition on active domains over
 * DOMAIN_STATE_FROM (the table, the API and the exports select the same domains). Indexes: ascii
 * unique and trigram, unicode trigram, tags GIN, finding_ids GIN, domain_groups (group, until).
 */
export function domainSelectionSql(viewer: Viewer, filter: DomainSelection): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`d.archived_at IS NULL`, visibleDomainsSql(viewer, Prisma.sql`d.id`)];
  if (filter.q) {
    const q = filter.q.replace(/\.$/, '');
    and.push(Prisma.sql`(d.ascii LIKE ${containing(q.toLowerCase())} OR d.unicode ILIKE ${containing(q)})`);
  }
  if (filter.tag) and.push(Prisma.sql`d.tags @> ARRAY[${filter.tag}]::text[]`);
  if (filter.group)
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM domain_groups m WHERE m.domain_id = d.id
      AND m.group_id = ${filter.group}::uuid AND m.until_day IS NULL)`);
  and.push(...stateConditions(filter));
  return Prisma.join(and, ' AND ');
}
