/**
 * Creating the scale run's scan, following its progress, and reading what it produced.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { refreshRollupsForRun } from '@/lib/history/refresh-rollups-for-run';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import { closeQueues } from '@/lib/queue';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { sleep } from '@/testing/knot/knot-process';

export interface StartedScan {
  runId: string;
  total: number;
  /** performance.now() when the run was created. */
  startedAt: number;
  /** createScanRun: the run, its queued rows (numbered into chunks) and one job per chunk. */
  createMs: number;
}

/** "Scan everything" as the scan button does it: createScanRun over every registered domain. */
export async function startScan(db: PrismaClient): Promise<StartedScan> {
  const ids = (await db.domain.findMany({ where: { archivedAt: null }, select: { id: true } })).map(
    (d) => d.id,
  );
  const startedAt = performance.now();
  const { runId } = await createScanRun({
    domainIds: ids,
    trigger: 'manual',
    triggeredBy: null,
    scope: { kind: 'all' },
  });
  const createMs = performance.now() - startedAt;
  await closeQueues();
  return { runId, total: ids.length, startedAt, createMs };
}

export interface RunProgress {
  status: string;
  wallSeconds: number;
  domainsPerSecond: number;
  finished: number;
  total: number;
}

/**
 * Polls the run every second, printing progress every 5 s, until it is no longer queued/running or
 * time is up. The wall time of a finished run is the database's: created_at to finished_at.
 */
export async function waitForRun(
  db: PrismaClient,
  scan: StartedScan,
  maxMs: number,
  log: (line: string) => void,
): Promise<RunProgress> {
  let last = { at: scan.startedAt, finished: 0 };
  for (let tick = 1; ; tick++) {
    await sleep(1000);
    const run = await db.scanRun.findUniqueOrThrow({
      where: { id: scan.runId },
      select: { status: true, done: true, failed: true, total: true, createdAt: true, finishedAt: true },
    });
    const now = performance.now();
    const finished = run.done + run.failed;
    const elapsed = run.finishedAt
      ? (run.finishedAt.getTime() - run.createdAt.getTime()) / 1000
      : (now - scan.startedAt) / 1000;
    const recent = (finished - last.finished) / ((now - last.at) / 1000);
    if (tick % 5 === 0) last = { at: now, finished };
    const over = now - scan.startedAt > maxMs;
    if (!['queued', 'running'].includes(run.status) || over) {
      return {
        status: over ? `${run.status} (stopped waiting after ${Math.round(maxMs / 60_000)} min)` : run.status,
        wallSeconds: Math.round(elapsed * 10) / 10,
        domainsPerSecond: Math.round((finished / elapsed) * 10) / 10,
        finished,
        total: run.total,
      };
    }
    if (tick % 5 !== 0) continue;
    const eta = recent > 0 ? Math.round((run.total - finished) / recent) : '?';
    log(
      `${Math.round(elapsed)} s: ${finished}/${run.total} (${run.failed} failed), ` +
        `${recent.toFixed(0)} domains/s now, ${(finished / elapsed).toFixed(0)} overall, eta ${eta} s`,
    );
  }
}

export interface ScanOutcome {
  statuses: Record<string, number>;
  /** Logical queries the audits asked (domain_scans.queries: cache hits included). */
  logicalQueries: number;
  logicalQueriesPerDomain: number;
  /** Seconds per domain from claim to stored result (median, p95, max). */
  domainSeconds: { p50: number; p95: number; max: number };
  /** refreshRollupsForRun run again on its own, as the last result's transaction runs it. */
  rollupRefreshSeconds: number;
}

export async function scanOutcome(db: PrismaClient, runId: string): Promise<ScanOutcome> {
  const rows = await db.$queryRaw<Array<{ status: string; n: number; queries: number }>>`
    SELECT status::text, count(*)::int AS n, coalesce(sum(queries), 0)::int AS queries
    FROM domain_scans s WHERE ${scanOfRunSql('s', runId)} GROUP BY status`;
  const [times] = await db.$queryRaw<Array<{ p50: number; p95: number; max: number }>>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - started_at))::float AS p50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - started_at))::float AS p95,
      max(extract(epoch FROM finished_at - started_at))::float AS max
    FROM domain_scans s WHERE ${scanOfRunSql('s', runId)} AND finished_at IS NOT NULL`;
  // Per stored result: a run stopped early also has queued rows, which asked nothing yet.
  const total = rows
    .filter((r) => r.status === 'complete' || r.status === 'partial')
    .reduce((sum, r) => sum + r.n, 0);
  const logical = rows.reduce((sum, r) => sum + r.queries, 0);
  const started = performance.now();
  await db.$transaction((tx) => refreshRollupsForRun(tx, runId), { timeout: 600_000 });
  const round = (n: number | undefined | null) => Math.round((n ?? 0) * 1000) / 1000;
  return {
    statuses: Object.fromEntries(rows.map((r) => [r.status, r.n])),
    logicalQueries: logical,
    logicalQueriesPerDomain: Math.round((logical / Math.max(total, 1)) * 10) / 10,
    domainSeconds: { p50: round(times?.p50), p95: round(times?.p95), max: round(times?.max) },
    rollupRefreshSeconds: round((performance.now() - started) / 1000),
  };
}
