import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateRunJobId } from '@/lib/alerts/alert-jobs';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { prisma } from '@/lib/db';
import { scanChunkJobId } from '@/lib/jobs/scan-chunk-job';
import { alertQueue, closeQueues, scanQueue } from '@/lib/queue';
import { cancelScanRun } from '@/lib/scans/cancel-scan-run';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { startTempKnot, type TempKnot } from '@/testing/knot/temp-knot';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { LOAD_ZONE, loadZone, seedLoadDomains, summarizeRun } from './testing/scan-fixture';
import {
  sleep,
  spawnWorker,
  startTestRedis,
  type TestRedis,
  type WorkerProcess,
  waitFor,
} from './testing/test-services';

const CHUNK = 8;

/**
 * Worker processes against a Redis, a database and a Knot server of this file's own, killed and
 * restarted mid-run. Short lock, backoff and reconcile settings keep each recovery to seconds; the
 * tests run in order and hand their live workers on, since a worker takes seconds to start.
 */
const DOMAINS = 40;
let db: ScratchDatabase;
let redis: TestRedis;
let knot: TempKnot;
let domainIds: string[];
let live: WorkerProcess[] = [];

function workerEnv(): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    KENSA_DNS_SERVERS: `127.0.0.1:${knot.port}`,
    KENSA_SCAN_CONCURRENCY: '4',
    // Five chunks of 8 per run, stored 4 at a time: a kill lands mid-chunk, between batches.
    KENSA_SCAN_CHUNK: String(CHUNK),
    KENSA_SCAN_BATCH: '4',
    KENSA_DNS_QPS: '150',
    KENSA_DNS_TIMEOUT_MS: '150',
    KENSA_DNS_TRIES: '1',
    KENSA_SCAN_ATTEMPTS: '3',
    KENSA_SCAN_BACKOFF_MS: '200',
    KENSA_JOB_LOCK_MS: '2000',
    KENSA_RECONCILE_INTERVAL_MS: '1000',
  };
}

/** Starts workers until `count` are alive. */
async function workersRunning(count: number): Promise<WorkerProcess[]> {
  const more = Array.from({ length: Math.max(0, count - live.length) }, () => spawnWorker(workerEnv()));
  live.push(...(await Promise.all(more)));
  return live;
}

/** A run's chunk n holds its domains n × CHUNK … (n + 1) × CHUNK − 1, in the order asked. */
function chunkOf(ids: string[], domainId: string): number {
  return Math.floor(ids.indexOf(domainId) / CHUNK);
}

function startRun(ids = domainIds) {
  return createScanRun({ domainIds: ids, trigger: 'api', triggeredBy: null, scope: { kind: 'all' } });
}

async function doneCount(runId: string): Promise<number> {
  const run = await prisma.scanRun.findUniqueOrThrow({ where: { id: runId } });
  return run.done + run.failed;
}

function settled(runId: string, timeoutMs = 90_000) {
  return waitFor(
    `run ${runId} to finish`,
    async () => {
      const summary = await summarizeRun(prisma, runId);
      return summary.status === 'queued' || summary.status === 'running' ? undefined : summary;
    },
    timeoutMs,
  );
}

/** Exactly one final result per domain, and counters that agree with the rows. */
async function expectOneResultPerDomain(runId: string, total = DOMAINS) {
  const summary = await settled(runId);
  const final = (summary.byStatus.complete ?? 0) + (summary.byStatus.partial ?? 0);
  expect(summary).toMatchObject({ status: 'complete', total, rows: total, open: 0 });
  expect(summary.done).toBe(final);
  expect(summary.failed).toBe(summary.byStatus.failed ?? 0);
  expect(summary.done + summary.failed).toBe(total);
  return summary;
}

beforeAll(async () => {
  [db, redis, knot] = await Promise.all([
    createScratchDatabase('worker_resilience'),
    startTestRedis(),
    startTempKnot({ [LOAD_ZONE]: loadZone(DOMAINS) }),
  ]);
  // This process enqueues (createScanRun) with the same settings the workers read.
  Object.assign(process.env, workerEnv());
  domainIds = await seedLoadDomains(prisma, DOMAINS);
}, 60_000);

afterAll(async () => {
  await Promise.all(live.map((worker) => worker.kill('SIGTERM')));
  await closeQueues();
  await prisma.$disconnect();
  await Promise.all([db?.drop(), redis?.stop(), knot?.stop()]);
});

describe('a scan run', () => {
  it('shows progress while it runs and survives a worker killed with SIGKILL mid-chunk', async () => {
    const [first] = await workersRunning(1);
    if (!first) throw new Error('no worker');
    const { runId } = await startRun();
    const midway = await waitFor('some progress', async () => {
      const n = await doneCount(runId);
      return n >= 4 ? n : undefined;
    });
    expect(midway).toBeLessThan(DOMAINS);
    expect((await summarizeRun(prisma, runId)).status).toBe('running');
    live = [];
    const replacement = workersRunning(1); // started as the first one dies
    await first.kill('SIGKILL');
    await replacement;
    const summary = await expectOneResultPerDomain(runId);
    expect(summary.byStatus.complete).toBe(DOMAINS);
    // The finished run reaches the alerts queue (from the job that finished it, or else the
    // reconciler's sweep) and a worker process evaluates it.
    const evaluated = await waitFor('the run to be evaluated for alerts', async () => {
      const job = await alertQueue().getJob(evaluateRunJobId(runId));
      return job?.finishedOn ? job : undefined;
    });
    expect(await evaluated.isCompleted()).toBe(true);
  }, 120_000);

  it('completes, with two worker processes sharing it, when its Redis restarts and loses every job', async () => {
    const pair = await workersRunning(2);
    const { runId } = await startRun();
    await waitFor('some progress', async () => ((await doneCount(runId)) >= 4 ? true : undefined));
    await redis.restart(500);
    const summary = await expectOneResultPerDomain(runId);
    expect(summary.byStatus.complete).toBe(DOMAINS);
    expect(pair.map((worker) => worker.alive())).toEqual([true, true]);
    const logs = pair.map((worker) => worker.output()).join('\n');
    expect(logs).toMatch(/scan chunks re-enqueued/);
  }, 120_000);

  it('is cancelled: waiting jobs are removed, nothing is recorded after, and progress stays coherent', async () => {
    await workersRunning(1);
    const { runId } = await startRun();
    await waitFor('some progress', async () => ((await doneCount(runId)) >= 2 ? true : undefined));
    const result = await cancelScanRun(scanQueue(), runId, SYSTEM_ACTOR);
    expect(result).toMatchObject({ ok: true });
    const after = await summarizeRun(prisma, runId);
    expect(after.status).toBe('cancelled');
    expect(after.done + after.failed).toBe(DOMAINS);
    expect(after).toMatchObject({ rows: DOMAINS, open: 0 });
    await sleep(1500); // jobs that were auditing finish now, and must record nothing
    expect(await summarizeRun(prisma, runId)).toEqual(after);
    expect(await scanQueue().getWaitingCount()).toBe(0);
    expect(await cancelScanRun(scanQueue(), runId, SYSTEM_ACTOR)).toEqual({ ok: false, code: 'finished' });
    const cancelled = await prisma.domainScan.count({ where: { run: { id: runId }, error: 'cancelled' } });
    expect(cancelled).toBe(after.failed);
  }, 60_000);

  it('ends partial, never missing, for the domains audited while the DNS server is down', async () => {
    // Every audit after the stop waits out its timeouts (short ones): fewer domains.
    const some = domainIds.slice(0, 16);
    await workersRunning(1);
    const { runId } = await startRun(some);
    await waitFor('some progress', async () => ((await doneCount(runId)) >= 4 ? true : undefined));
    await knot.stop();
    const summary = await expectOneResultPerDomain(runId, some.length);
    expect(summary.byStatus.partial ?? 0).toBeGreaterThan(0);
    const scans = await prisma.domainScan.findMany({
      where: { run: { id: runId } },
      select: { status: true, storedReport: { select: { body: true } } },
    });
    let retriedToTheEnd = false;
    for (const scan of scans) {
      const report = scan.storedReport?.body as {
        findings?: { id: string }[];
        resolverUnreachable?: true;
        mtaSts?: { status: string };
        tlsRpt?: { status: string };
      };
      const findings = (report.findings ?? []).map((f) => f.id);
      // The fixtures publish no MTA-STS or TLS-RPT record: a section read completely may say so,
      // one whose lookup failed must not (nor may any other check).
      const readWhole = (key: 'mtaSts' | 'tlsRpt') => report[key]?.status === 'complete';
      const wronglyMissing = findings.filter(
        (id) =>
          id.endsWith('.missing') &&
          !(id === 'mta-sts.missing' && readWhole('mtaSts')) &&
          !(id === 'tls-rpt.missing' && readWhole('tlsRpt')),
      );
      expect(wronglyMissing).toEqual([]);
      if (scan.status !== 'partial') continue;
      // Once the circuit breaker has found the server silent the report says so and is stored at
      // once; a failure seen before that is stored only when every attempt has failed.
      expect(findings).toContain(
        report.resolverUnreachable ? 'dns.resolver-unreachable' : 'dns.temporary-failure',
      );
      if (!report.resolverUnreachable) retriedToTheEnd = true;
    }
    const partial = await prisma.domainScan.findFirstOrThrow({
      where: { run: { id: runId }, status: 'partial' },
    });
    const job = await scanQueue().getJob(scanChunkJobId({ runId, chunk: chunkOf(some, partial.domainId) }));
    if (retriedToTheEnd) expect(job?.attemptsMade).toBe(3); // KENSA_SCAN_ATTEMPTS, the last one included
    expect(job?.opts.backoff).toEqual({ type: 'exponential', delay: 200 });
  }, 120_000);
});
