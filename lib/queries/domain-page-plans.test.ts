import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerScaleDomains } from '@/bench/scale/register-domains';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { systemViewer, type Viewer, viewerOfUser } from '@/lib/auth/viewer';
import type { PlanNode } from '@/testing/query-plan';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { fillSyntheticCurrentState } from '@/testing/synthetic-current-state';
import { domainListFilter } from './domain-list-filter';
import { DOMAIN_COUNT_CAP, DOMAIN_PAGE_PLANNER, domainPageSql } from './domain-page-sql';
import { listDomainStates } from './list-domain-states';

/**
 * Every sort the domains table offers, with each filter that an index serves, run with EXPLAIN
 * ANALYZE on 20,000 synthetic domains: a first page never scans a big table sequentially, and the
 * count reads at most the cap. With under 30,000 rows per table ANALYZE reads them all, so the
 * plans are the same every run. Left out, as docs/scale.md says: filters no index serves (stale,
 * a flag "unknown", severity error or clean, a search under 3 characters, which trigrams cannot serve), read in
 * order until the page fills; and deep pages of a filter, where at this size the planner rightly
 * prefers hashing the table (bench/scale-queries.sh measures those at 100,000).
 */
const DOMAINS = 20_000;
const BIG_TABLES = new Set(['domains', 'domain_current_state', 'domain_groups']);

let scratch: ScratchDatabase;
let groups: Record<string, string>;

beforeAll(async () => {
  scratch = await createScratchDatabase('plans');
  await registerScaleDomains(scratch.db, DOMAINS);
  await fillSyntheticCurrentState(scratch.db);
  const rows = await scratch.db.group.findMany({ select: { id: true, name: true } });
  groups = Object.fromEntries(rows.map((g) => [g.name, g.id]));
}, 300_000);

afterAll(async () => {
  await scratch?.drop();
});

/** What each node read from a big table: "Seq Scan on domains" or the rows an index scan visited. */
function reads(node: PlanNode, out: Array<{ node: string; table: string; rows: number }> = []) {
  const table = node['Relation Name'];
  if (table && BIG_TABLES.has(table)) {
    const visited =
      node['Actual Rows'] +
      (node['Rows Removed by Filter'] ?? 0) +
      (node['Rows Removed by Index Recheck'] ?? 0);
    out.push({ node: node['Node Type'], table, rows: visited * node['Actual Loops'] });
  }
  for (const child of node.Plans ?? []) reads(child, out);
  return out;
}

async function explain(db: PrismaClient, sql: Prisma.Sql) {
  const [, [row]] = await db.$transaction([
    db.$executeRaw(DOMAIN_PAGE_PLANNER),
    db.$queryRaw<[{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }]>(
      Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
    ),
  ]);
  return reads((row['QUERY PLAN'][0] as { Plan: PlanNode }).Plan);
}

const SORTS = ['name', 'errors', 'warnings', 'lastScan'] as const;
const FILTERS: Array<Record<string, string>> = [
  {},
  { q: 'd0001' },
  { q: '検査省' },
  { tag: 'critical' },
  { group: 'isp-a' },
  { group: 'ministries' },
  { metric: 'dmarcPublished', value: 'no' },
  { metric: 'dmarcEnforcing', value: 'yes' },
  { finding: 'spf.plus-all' },
  { finding: 'dkim.none-found' },
  { severity: 'warning' },
  { stale: 'fresh' },
];

function filterOf(params: Record<string, string>, sort: string, dir: string, page: number) {
  const group = params.group ? { group: groups[params.group] ?? '' } : {};
  return domainListFilter.parse({ ...params, ...group, sort, dir, page: String(page) });
}

const scoped = (name: string): Viewer =>
  viewerOfUser({
    id: crypto.randomUUID(),
    email: 'p@kensa.test',
    name: null,
    role: 'viewer',
    groupIds: [groups[name] ?? ''],
    mfaEnrolmentRequired: false,
  });

describe('the domains table at 20,000 domains', () => {
  it('reads each page in index order, never a big table whole, for every sort, direction and filter', async () => {
    const offenders: string[] = [];
    const viewers: Array<[string, () => Viewer]> = [
      ['all', systemViewer],
      ['isp-a viewer', () => scoped('isp-a')],
      ['ministries viewer', () => scoped('ministries')],
    ];
    for (const [who, viewer] of viewers)
      for (const params of who === 'all' ? FILTERS : FILTERS.slice(0, 7))
        for (const sort of SORTS)
          for (const dir of ['asc', 'desc']) {
            const { ids } = domainPageSql(viewer(), filterOf(params, sort, dir, 1));
            for (const read of await explain(scratch.db, ids))
              if (read.node === 'Seq Scan')
                offenders.push(`${who} ${JSON.stringify(params)} ${sort} ${dir}: Seq Scan on ${read.table}`);
          }
    expect(offenders).toEqual([]);
  });

  it('says "more than the cap" unless asked for the exact count, and pages on by what it read', async () => {
    (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = scratch.db;
    const capped = await listDomainStates(systemViewer(), filterOf({}, 'errors', 'desc', 3));
    expect(capped).toMatchObject({ total: null, pages: 4 });
    expect(capped.rows).toHaveLength(50);
    const exact = await listDomainStates(systemViewer(), {
      ...filterOf({}, 'name', 'asc', 1),
      count: 'exact',
    });
    expect(exact).toMatchObject({ total: DOMAINS, pages: DOMAINS / 50 });
    const few = await listDomainStates(systemViewer(), filterOf({ group: 'ministries' }, 'name', 'asc', 1));
    expect(few).toMatchObject({ total: DOMAINS / 200, pages: 2 });
    const scopedPage = await listDomainStates(scoped('ministries'), {
      ...filterOf({}, 'name', 'asc', 1),
      count: 'exact',
    });
    expect(scopedPage.total).toBe(DOMAINS / 200);
  });

  it('counts no more than the cap and reads page 20 of everything in index order', async () => {
    for (const sort of SORTS)
      for (const dir of ['asc', 'desc']) {
        const { ids, count } = domainPageSql(systemViewer(), filterOf({}, sort, dir, 20));
        for (const statement of [ids, count])
          for (const read of await explain(scratch.db, statement)) {
            expect(read.node).not.toBe('Seq Scan');
            expect(read.rows).toBeLessThanOrEqual(DOMAIN_COUNT_CAP + 1);
          }
      }
  });
});
