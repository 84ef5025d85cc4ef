/**
 * Creating the scale run's scan, following its progress, and reading what it produced.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { refreshRollupsForRun } from '@/lib/history/refresh-rollups-for-run';
import { uuidv7 } from '@/lib/import/uuid-v7';
import { enqueueDomainScans } from '@/lib/jobs/enqueue-domain-scans';
import { closeQueues, scanQueue } from '@/lib/queue';
import { sleep } from '@/testing/knot/knot-process';

const ROW_BATCH = 10_000;

export interface StartedScan {
  runId: string;
  total: number;
  /** performance.now() when the run was created. */
  startedAt: number;
  /** Writing the run and its queued rows. */
  rowsMs: number;
  /** Adding one job per domain to the queue. */
  enqueueMs: number;
}

/**
 * What createScanRun (lib/scans/create-scan-run.ts) does for "scan everything", with one change: its
 * rows are written in a transaction given time for N rows. createScanRun's own transaction has
 * Prisma's default 5 s timeout, which expired here before 1,000 rows were written on the loaded
 * machine (it then failed with a foreign-key error), so it cannot create a 100,000-domain run.
 */
export async function startScan(db: PrismaClient): Promise<StartedScan> {
  const ids = (await db.domain.findMany({ where: { archivedAt: null }, select: { id: true } })).map(
    (d) => d.id,
  );
  const runId = uuidv7();
  const startedAt = performance.now();
  await db.$transaction(
    async (tx) => {
      await tx.scanRun.create({
        data: { id: runId, trigger: 'manual', triggeredBy: null, scope: { kind: 'all' }, total: ids.length },
      });
      for (let i = 0; i < ids.length; i += ROW_BATCH) {
        const batch = ids.slice(i, i + ROW_BATCH);
        await tx.$executeRaw`INSERT INTO domain_scans (id, run_id, domain_id, status)
          SELECT id, ${runId}::uuid, domain_id, 'queued'
          FROM unnest(${batch.map(() => uuidv7())}::uuid[], ${batch}::uuid[]) AS s(id, domain_id)`;
      }
    },
    { timeout: 600_000 },
  );
  const rowsMs = performance.now() - startedAt;
  await enqueueDomainScans(scanQueue(), runId, ids);
  const enqueueMs = performance.now() - startedAt - rowsMs;
  await closeQueues();
  return { runId, total: ids.length, startedAt, rowsMs, enqueueMs };
}

export interface RunProgress {
  status: string;
  wallSeconds: number;
  domainsPerSecond: number;
  finished: number;
  total: number;
}

/** Polls the run every 5 s, printing progress, until it is no longer queued/running or time is up. */
export async function waitForRun(
  db: PrismaClient,
  scan: StartedScan,
  maxMs: number,
  log: (line: string) => void,
): Promise<RunProgress> {
  let last = { at: scan.startedAt, finished: 0 };
  for (;;) {
    await sleep(5000);
    const run = await db.scanRun.findUniqueOrThrow({
      where: { id: scan.runId },
      select: { status: true, done: true, failed: true, total: true },
    });
    const now = performance.now();
    const finished = run.done + run.failed;
    const elapsed = (now - scan.startedAt) / 1000;
    const recent = (finished - last.finished) / ((now - last.at) / 1000);
    last = { at: now, finished };
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
    FROM domain_scans WHERE run_id = ${runId}::uuid GROUP BY status`;
  const [times] = await db.$queryRaw<Array<{ p50: number; p95: number; max: number }>>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - started_at))::float AS p50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - started_at))::float AS p95,
      max(extract(epoch FROM finished_at - started_at))::float AS max
    FROM domain_scans WHERE run_id = ${runId}::uuid AND finished_at IS NOT NULL`;
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
