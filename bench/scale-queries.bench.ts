/**
 * The dashboard's reads at two sizes: the overview (adoption summary and series for 'all' and a
 * group, and getOverview as the page calls it) and the domains table (first page with filters, the
 * filter options, finding counts), each timed as the median of 7 runs (--runs) against a small and a large
 * database, the two taking turns: filled by bench/scale/scale.sh (scanned) or by
 * bench/scale-queries.sh (synthetic current state, no scan, no history: the overview rows then
 * read empty rollups). Prints times and the large/small ratio; asserts nothing about times.
 *
 *   tsx bench/scale-queries.bench.ts --small postgresql://…/kensa_scale_1000 --large postgresql://…/kensa_scale_100000
 */
import { parseArgs } from 'node:util';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { createPrismaClient } from '@/lib/db';
import { addDays, dayOf } from '@/lib/history/day-of';
import { countCurrentFindings } from '@/lib/queries/count-current-findings';
import { domainListFilter } from '@/lib/queries/domain-list-filter';
import { getAdoptionSeries } from '@/lib/queries/get-adoption-series';
import { getAdoptionSummary } from '@/lib/queries/get-adoption-summary';
import { getOverview } from '@/lib/queries/get-overview';
import { listDomainStates } from '@/lib/queries/list-domain-states';
import { listFilterOptions } from '@/lib/queries/list-filter-options';
import { overviewFilter } from '@/lib/queries/overview-filter';

/**
 * The queries that take no client argument use lib/db's process-wide client, which lives on
 * globalThis.kensaPrisma: pointing that at a database's client makes them read that database.
 */
function pointSharedClientAt(db: PrismaClient): void {
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
}

type Query = [name: string, run: () => Promise<unknown>];

/** The queries against one database, each bound to that database's ids. */
async function queriesOf(db: PrismaClient): Promise<{ domains: number; queries: Query[] }> {
  const domains = await db.domain.count();
  const group = await db.group.findUniqueOrThrow({ where: { name: 'isp-a' }, select: { id: true } });
  const small = await db.group.findUniqueOrThrow({ where: { name: 'ministries' }, select: { id: true } });
  const to = dayOf(new Date());
  const from = addDays(to, -29);
  const table = (params: Record<string, string>) => domainListFilter.parse(params);
  const shared =
    <T>(run: () => Promise<T>) =>
    () => {
      pointSharedClientAt(db);
      return run();
    };
  const queries: Query[] = [
    ['summary all (30 days)', () => getAdoptionSummary(systemViewer(), { scope: 'all', from, to }, db)],
    [
      'summary isp-a (cohort)',
      () => getAdoptionSummary(systemViewer(), { scope: group.id, from, to, view: 'cohort' }, db),
    ],
    [
      'series all+isp-a (month)',
      () =>
        getAdoptionSeries(
          systemViewer(),
          { scopes: ['all', group.id], from: addDays(to, -364), to, granularity: 'month' },
          db,
        ),
    ],
    [
      'getOverview (page)',
      shared(() => getOverview(systemViewer(), overviewFilter.parse({ scopes: `all,${group.id}` }))),
    ],
    [
      'table: dmarc=no p1',
      shared(() => listDomainStates(systemViewer(), table({ metric: 'dmarcPublished', value: 'no' }))),
    ],
    [
      'table: isp-a errors desc',
      shared(() => listDomainStates(systemViewer(), table({ group: group.id, sort: 'errors', dir: 'desc' }))),
    ],
    ['table: ministries p1', shared(() => listDomainStates(systemViewer(), table({ group: small.id })))],
    [
      'table: finding filter',
      shared(() => listDomainStates(systemViewer(), table({ finding: 'spf.plus-all' }))),
    ],
    ['table: search "d0001"', shared(() => listDomainStates(systemViewer(), table({ q: 'd0001' })))],
    [
      'table: page 20 by last scan',
      shared(() => listDomainStates(systemViewer(), table({ page: '20', sort: 'lastScan', dir: 'desc' }))),
    ],
    ['table: count=exact (all)', shared(() => listDomainStates(systemViewer(), table({ count: 'exact' })))],
    ['filter options', shared(() => listFilterOptions(systemViewer()))],
    ['finding counts all', shared(() => countCurrentFindings(systemViewer()))],
    ['finding counts ministries', shared(() => countCurrentFindings(systemViewer(), small.id))],
  ];
  return { domains, queries };
}

/** Medians of `runs` timings of each, the two databases taking turns so that load from elsewhere hits both. */
async function timeBoth(
  runs: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number, number]> {
  await a();
  await b(); // warm: connections, plan caches
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      times[k as 0 | 1].push(performance.now() - start);
    }
  }
  const mid = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(runs / 2)] as number;
  return [mid(times[0]), mid(times[1])];
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { small: { type: 'string' }, large: { type: 'string' }, runs: { type: 'string', default: '7' } },
  });
  if (!values.small || !values.large) throw new Error('usage: --small URL --large URL [--runs 7]');
  const runs = Math.max(1, Number.parseInt(values.runs, 10) || 7);
  const clients = [createPrismaClient(values.small), createPrismaClient(values.large)] as const;
  try {
    const small = await queriesOf(clients[0]);
    const large = await queriesOf(clients[1]);
    const n = large.domains / small.domains;
    console.log(
      `domains: ${small.domains} vs ${large.domains} (${n.toFixed(0)}×); median of ${runs} runs each`,
    );
    console.log(
      `${'query'.padEnd(28)} ${'small ms'.padStart(9)} ${'large ms'.padStart(9)} ${'ratio'.padStart(7)}`,
    );
    for (const [index, [name, runSmall]] of small.queries.entries()) {
      const runLarge = large.queries[index]?.[1] ?? runSmall;
      const [smallMs, largeMs] = await timeBoth(runs, runSmall, runLarge);
      const ratio = `${(largeMs / smallMs).toFixed(1)}×`;
      console.log(
        `${name.padEnd(28)} ${smallMs.toFixed(1).padStart(9)} ${largeMs.toFixed(1).padStart(9)} ${ratio.padStart(7)}`,
      );
    }
  } finally {
    await Promise.all(clients.map((c) => c.$disconnect()));
  }
}

await main(process.argv.slice(2));
