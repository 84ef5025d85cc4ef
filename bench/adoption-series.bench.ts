/**
 * How much the rollup table saves: 20,000 domains × 365 days of daily status (a row every day, each
 * with its scan: more than the writer keeps, read the same) in a scratch database,
 * then the same year-long adoption series read from adoption_rollups (getAdoptionSeries) and
 * aggregated from domain_daily_status directly. Prints times and their ratio; checks both answers
 * agree. Run: DATABASE_URL=postgresql://…superuser… npx tsx bench/adoption-series.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { archiveDomainHistory } from '@/lib/domains/archive-domain-history';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { addDays } from '@/lib/history/day-of';
import { eachMetricSql, METRIC_COLUMNS } from '@/lib/history/metric-columns';
import { refreshAdoptionRollups } from '@/lib/history/refresh-adoption-rollups';
import { kensaTimeZone } from '@/lib/i18n/format';
import { getAdoptionSeries } from '@/lib/queries/get-adoption-series';
import { createScratchDatabase } from '@/testing/scratch-database';

const DOMAINS = 20_000;
const DAYS = 365;
const FROM = '2026-01-01';
const TO = addDays(FROM, DAYS - 1);
const GROUP = '00000000-0000-7000-8000-000000000001';
const RUNS = 7;

/** Domains 18,001+ register on day 180; every 40th leaves after day 300; the first 5,000 form a group. */
async function generate(db: PrismaClient) {
  await db.$executeRawUnsafe(`
    INSERT INTO domains (id, ascii, unicode, updated_at)
    SELECT md5('d' || i)::uuid, 'd' || i || '.bench.test', 'd' || i || '.bench.test', now()
    FROM generate_series(1, ${DOMAINS}) i`);
  await db.$executeRawUnsafe(`INSERT INTO groups (id, name, updated_at) VALUES ('${GROUP}', 'bench', now())`);
  await db.$executeRawUnsafe(`
    INSERT INTO domain_groups (id, domain_id, group_id, since_day, until_day)
    SELECT gen_random_uuid(), md5('d' || i)::uuid, g,
      DATE '${FROM}' + CASE WHEN i > 18000 THEN 180 ELSE 0 END,
      CASE WHEN i % 40 = 0 THEN DATE '${FROM}' + 300 END
    FROM generate_series(1, ${DOMAINS}) i
    CROSS JOIN LATERAL (VALUES (NULL::uuid), (CASE WHEN i <= 5000 THEN '${GROUP}'::uuid END)) v(g)
    WHERE g IS NOT NULL OR v IS NOT DISTINCT FROM ROW(NULL::uuid)`);
  // Checking a foreign key and an index row by row would dominate: add them back after the load.
  await db.$executeRawUnsafe(`ALTER TABLE domain_daily_status DROP CONSTRAINT domain_daily_status_domain_id_fkey,
    DROP CONSTRAINT domain_daily_status_pkey`);
  // One run per day (a domain has one scan per run), numbered 1… in day order on a fresh database.
  await db.$executeRawUnsafe(`INSERT INTO scan_runs (id, number, trigger, scope, status, total)
    SELECT gen_random_uuid(), d + 1, 'schedule', '{"kind":"all"}', 'complete', 0
    FROM generate_series(0, ${DAYS - 1}) d`);
  // Adoption grows over the year; about 1 in 100 domain-days is unknown (a partial scan).
  await db.$executeRawUnsafe(`
    INSERT INTO domain_daily_status (domain_id, day, run_number, unknown, ${eachMetricSql('$').sql})
    SELECT md5('d' || i)::uuid, DATE '${FROM}' + d, d + 1, u,
      CASE WHEN NOT u THEN i % 10 < 9 END, CASE WHEN NOT u THEN i % 10 < 9 AND i % 7 <> 0 END,
      CASE WHEN NOT u THEN (i * 13) % 365 < d + 100 END, CASE WHEN NOT u THEN (i * 37) % 365 < d + 50 END,
      CASE WHEN NOT u THEN (i * 37) % 365 < d + 50 AND i % 3 = 0 END, CASE WHEN NOT u THEN i % 50 = 0 END,
      CASE WHEN NOT u THEN i % 20 = 0 END, CASE WHEN NOT u THEN i % 25 = 0 END
    FROM generate_series(1, ${DOMAINS}) i
    CROSS JOIN generate_series(0, ${DAYS - 1}) d
    CROSS JOIN LATERAL (SELECT (i * 7919 + d * 104729) % 100 = 0 AS u) x
    WHERE d >= CASE WHEN i > 18000 THEN 180 ELSE 0 END AND (i % 40 <> 0 OR d <= 300)`);
  await db.$executeRawUnsafe(`ALTER TABLE domain_daily_status ADD PRIMARY KEY (domain_id, day),
    ADD CONSTRAINT domain_daily_status_domain_id_fkey FOREIGN KEY (domain_id) REFERENCES domains(id)
    ON DELETE CASCADE ON UPDATE CASCADE`);
  // The days a domain was scanned are its scans (lib/history/scan-day-sql.ts): one per status row, at noon.
  await db.$executeRawUnsafe(`
    INSERT INTO domain_scans (run_number, domain_id, status, finished_at)
    SELECT run_number, domain_id,
      CASE WHEN unknown THEN 'partial' ELSE 'complete' END::domain_scan_status,
      (day + time '12:00') AT TIME ZONE '${kensaTimeZone()}'
    FROM domain_daily_status`);
  await db.$executeRawUnsafe('ANALYZE');
}

type Counts = { day: string; domains: number; unknown: number; adopted: number[] };

/** The same answer without rollups: every domain-day of the range joined with its membership. */
async function rawSeries(db: PrismaClient, cohort: boolean): Promise<Counts[]> {
  const cover = cohort
    ? Prisma.sql`AND g.since_day <= ${FROM}::date AND coalesce(g.until_day, '9999-12-31') >= ${TO}::date`
    : Prisma.empty;
  const rows = await db.$queryRaw<Array<Record<string, number | string>>>`
    SELECT s.day::text AS day, count(*)::int AS domains, count(*) FILTER (WHERE s.unknown)::int AS unknown,
      ${eachMetricSql('count(*) FILTER (WHERE s.$)::int AS $')}
    FROM domain_daily_status s
    JOIN domain_groups g ON g.domain_id = s.domain_id AND g.group_id IS NULL
      AND s.day BETWEEN g.since_day AND coalesce(g.until_day, '9999-12-31') ${cover}
    WHERE s.day BETWEEN ${FROM}::date AND ${TO}::date
    GROUP BY s.day ORDER BY s.day`;
  return rows.map((r) => ({
    day: String(r.day),
    domains: Number(r.domains),
    unknown: Number(r.unknown),
    adopted: ADOPTION_METRICS.map((m) => Number(r[METRIC_COLUMNS[m]])),
  }));
}

async function rollupSeries(db: PrismaClient, cohort: boolean): Promise<Counts[]> {
  const [series] = await getAdoptionSeries(
    systemViewer(),
    { scopes: ['all'], from: FROM, to: TO, view: cohort ? 'cohort' : 'registered' },
    db,
  );
  return (series?.points ?? []).map((p) => ({
    day: p.day,
    domains: p.domains,
    unknown: p.unknown,
    adopted: ADOPTION_METRICS.map((m) => p.metrics[m].adopted),
  }));
}

async function firstDomainId(db: PrismaClient): Promise<string> {
  return (await db.domain.findUniqueOrThrow({ where: { ascii: 'd1.bench.test' }, select: { id: true } })).id;
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
}

async function main() {
  const scratch = await createScratchDatabase('bench');
  try {
    const { db } = scratch;
    let start = performance.now();
    await generate(db);
    console.log(
      `generated ${DOMAINS} domains × ${DAYS} days of status in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    start = performance.now();
    await refreshAdoptionRollups(db, { scopes: ['all', GROUP], from: FROM, to: TO });
    const rollups = await db.adoptionRollup.count();
    console.log(
      `refreshAdoptionRollups (all + 1 group, whole year): ${((performance.now() - start) / 1000).toFixed(1)} s, ${rollups} rows`,
    );
    start = performance.now();
    await refreshAdoptionRollups(db, { scopes: ['all', GROUP], from: TO, to: TO });
    console.log(
      `refreshAdoptionRollups (all + 1 group, one day, as when a run completes): ${(performance.now() - start).toFixed(0)} ms`,
    );

    start = performance.now();
    await archiveDomainHistory(db, await firstDomainId(db), new Date(`${TO}T03:00:00Z`));
    console.log(
      `archiving a domain registered all year (moves its 364 past days, recomputes the last): ${(performance.now() - start).toFixed(0)} ms`,
    );

    for (const cohort of [false, true]) {
      const [fromRollups, fromHistory] = [await rollupSeries(db, cohort), await rawSeries(db, cohort)];
      const same = JSON.stringify(fromRollups) === JSON.stringify(fromHistory);
      const rollupMs = await median(() => rollupSeries(db, cohort));
      const rawMs = await median(() => rawSeries(db, cohort));
      const view = cohort ? 'cohort    ' : 'registered';
      console.log(
        `${view} series, ${fromRollups.length} days: rollups ${rollupMs.toFixed(1)} ms, raw aggregate ${rawMs.toFixed(1)} ms, ` +
          `ratio ${(rawMs / rollupMs).toFixed(0)}× (same answer: ${same ? 'yes' : 'NO'})`,
      );
      if (!same) process.exitCode = 1;
    }
  } finally {
    await scratch.drop();
  }
}

await main();
