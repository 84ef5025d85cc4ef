/**
 * How the history grows: N synthetic domains (bench/scale) audited once against Knot, then stored as
 * 30 daily scans — day 1 the first scan, day 2 an unchanged rescan, every later day with 1 % of the
 * domains changed (their report swapped for another domain's configuration, so events, state and
 * day status change as for a real edit). Prints bytes per domain per scan (pg_database_size after
 * VACUUM, so dead tuples of updated rows count only once) for the first scan, the unchanged rescan
 * and a 1 % churn day, the database's size after 30 days with each relation's share, and one more
 * unchanged rescans after them (the steady state, their mean), with the bytes each relation gained.
 * Runs are stored as a run of all domains is (its scope records no ids).
 *
 *   DATABASE_URL=postgresql://…superuser… REDIS_URL=… tsx bench/history-growth.bench.ts [--count 2000] [--days 30]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AuditReport } from '@/audit/report';
import { runEngine } from '@/bench/scale/engine-run';
import { generateZones } from '@/bench/scale/generate-zones';
import { registerScaleDomains } from '@/bench/scale/register-domains';
import { startStatsKnot } from '@/bench/scale/stats-knot';
import type { PrismaClient } from '@/generated/prisma/client';
import { finalizeScanRun } from '@/lib/scans/finalize-scan-run';
import { recordScanResults } from '@/lib/scans/record-scan-results';
import { findFreePort } from '@/testing/knot/find-free-port';
import { createRun } from '@/testing/scan-fixtures';
import { createScratchDatabase } from '@/testing/scratch-database';

const DAY_MS = 86_400_000;
const BATCH = 250;
/** Unchanged rescans after the churn days, measured together: the steady state of a rescan. */
const STEADY_DAYS = 5;

/** A bench-only clock: `new Date()` and Date.now() run `offset` ms ahead, so each scan is a new day. */
function shiftClock(): (offsetMs: number) => void {
  const RealDate = Date;
  let offset = 0;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }
    static override now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
  return (offsetMs) => {
    offset = offsetMs;
  };
}

/** A seeded choice of 1 % of the domains for day `day` (a linear congruential walk, no randomness). */
function churned(count: number, day: number): number[] {
  const picks = Math.max(1, Math.round(count / 100));
  return Array.from({ length: picks }, (_, k) => (day * 7919 + k * 104_729) % count);
}

async function databaseBytes(db: PrismaClient): Promise<number> {
  await db.$executeRawUnsafe('VACUUM');
  const [row] = await db.$queryRaw<
    Array<{ bytes: bigint }>
  >`SELECT pg_database_size(current_database()) AS bytes`;
  return Number(row?.bytes ?? 0);
}

/** The largest tables and each of their indexes (TOAST with its table), per scan: where the bytes are. */
async function relationSizes(db: PrismaClient, scans: number): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ name: string; bytes: bigint }>>`
    WITH tables AS (
      SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname = 'public'
      ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 6
    )
    SELECT t.relname AS name,
      pg_relation_size(t.oid) + coalesce(pg_total_relation_size(c.reltoastrelid), 0) AS bytes
    FROM tables t JOIN pg_class c ON c.oid = t.oid
    UNION ALL
    SELECT t.relname || '.' || i.relname, pg_relation_size(i.oid)
    FROM tables t JOIN pg_index x ON x.indrelid = t.oid JOIN pg_class i ON i.oid = x.indexrelid
    ORDER BY 1`;
  return rows.map(
    (r) =>
      `    ${r.name}: ${(Number(r.bytes) / 2 ** 20).toFixed(2)} MiB, ${Math.round(Number(r.bytes) / scans)} B/scan`,
  );
}

/** Every relation's bytes (tables with their TOAST, indexes apart), after VACUUM. */
async function eachRelationBytes(db: PrismaClient): Promise<Map<string, number>> {
  await db.$executeRawUnsafe('VACUUM');
  const rows = await db.$queryRaw<Array<{ name: string; bytes: bigint }>>`
    SELECT CASE WHEN c.relkind = 'i' THEN t.relname || '.' || c.relname ELSE c.relname END AS name,
      pg_relation_size(c.oid) + CASE WHEN c.relkind = 'r'
        THEN coalesce(pg_total_relation_size(nullif(c.reltoastrelid, 0)), 0) ELSE 0 END AS bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_index x ON x.indexrelid = c.oid LEFT JOIN pg_class t ON t.oid = x.indrelid
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i')`;
  return new Map(rows.map((r) => [r.name, Number(r.bytes)]));
}

/** The relations that grew between two snapshots, per domain: where one scan's bytes went. */
function growthByRelation(before: Map<string, number>, after: Map<string, number>, scans: number): string[] {
  return [...after]
    .map(([name, bytes]) => [name, bytes - (before.get(name) ?? 0)] as const)
    .filter(([, grown]) => grown !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, grown]) => `    ${name}: ${(grown / scans).toFixed(1)} B/domain`);
}

async function storeScan(db: PrismaClient, ids: string[], reports: AuditReport[]): Promise<void> {
  const runId = await createRun(db, ids, true);
  const results = ids.map((domainId, i) => ({
    domainId,
    outcome: {
      status: 'complete' as const,
      report: { ...(reports[i] as AuditReport), checkedAt: new Date().toISOString() },
    },
  }));
  for (let i = 0; i < results.length; i += BATCH)
    await recordScanResults(runId, results.slice(i, i + BATCH), db);
  await finalizeScanRun(runId, db);
}

async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { count: { type: 'string' }, days: { type: 'string' } },
  });
  const count = Number(values.count ?? 2000);
  const days = Number(values.days ?? 30);
  const root = await mkdtemp(join(tmpdir(), 'kensa-history-growth-'));
  await generateZones(count, join(root, 'zones'));
  const port = await findFreePort();
  const knot = await startStatsKnot({ zonesDir: join(root, 'zones'), port, stateDir: join(root, 'knot') });
  const scratch = await createScratchDatabase('bench_history_growth');
  const setClock = shiftClock();
  try {
    const reports: AuditReport[] = new Array(count);
    await runEngine(count, 64, `127.0.0.1:${port}`, (index, report) => {
      reports[index] = report;
    });
    const { db } = scratch;
    await registerScaleDomains(db, count);
    const byName = new Map(
      (await db.domain.findMany({ select: { id: true, ascii: true } })).map((d) => [d.ascii, d.id]),
    );
    const ids = reports.map((r) => byName.get(r.domain) as string);
    const growth: number[] = [];
    let size = await databaseBytes(db);
    const start = size;
    for (let day = 0; day < days; day++) {
      setClock(day * DAY_MS);
      if (day >= 2)
        for (const i of churned(count, day)) {
          const other = reports[(i + 1) % count] as AuditReport;
          const own = reports[i] as AuditReport;
          reports[i] = { ...other, domain: own.domain, unicode: own.unicode };
        }
      await storeScan(db, ids, reports);
      const now = await databaseBytes(db);
      growth.push((now - size) / count);
      size = now;
    }
    const perDomain = (bytes: number | undefined) => `${Math.round(bytes ?? 0)} bytes/domain`;
    const churnDays = growth.slice(2);
    console.log(`history growth, ${count} domains, ${days} daily scans:`);
    console.log(`  first scan:        ${perDomain(growth[0])}`);
    console.log(`  unchanged rescan:  ${perDomain(growth[1])}`);
    console.log(
      `  1 % churn (mean):  ${perDomain(churnDays.reduce((a, b) => a + b, 0) / Math.max(churnDays.length, 1))}`,
    );
    console.log(
      `  database after ${days} days: ${(size / 2 ** 20).toFixed(1)} MiB (${perDomain((size - start) / days / count)} per scan; ` +
        `100,000 domains × 365 daily scans ≈ ${((((size - start) / days / count) * 100_000 * 365) / 2 ** 30).toFixed(1)} GiB)`,
    );
    for (const line of await relationSizes(db, count * days)) console.log(line);
    // Day 2's rescan also pays for the first update of every row (dead versions, index splits);
    // one more unchanged day after the churn days is the steady state of a rescan finding nothing new.
    // Indexes grow by page splits, in steps: several such days give their mean.
    const before = await eachRelationBytes(db);
    for (let extra = 0; extra < STEADY_DAYS; extra++) {
      setClock((days + extra) * DAY_MS);
      await storeScan(db, ids, reports);
    }
    const steady = (await databaseBytes(db)) - size;
    console.log(
      `  unchanged rescan after ${days} days (mean of ${STEADY_DAYS}): ${perDomain(steady / STEADY_DAYS / count)}`,
    );
    const grown = growthByRelation(before, await eachRelationBytes(db), count * STEADY_DAYS);
    for (const line of grown) console.log(line);
  } finally {
    await scratch.drop();
    await knot.stop();
    await rm(root, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
