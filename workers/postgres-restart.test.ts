import { afterAll, beforeAll, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { closeQueues } from '@/lib/queue';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { startTempKnot, type TempKnot } from '@/testing/knot/temp-knot';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { LOAD_ZONE, loadZone, seedLoadDomains, summarizeRun } from './testing/scan-fixture';
import {
  spawnWorker,
  startTestPostgres,
  startTestRedis,
  type TestPostgres,
  type TestRedis,
  type WorkerProcess,
  waitFor,
} from './testing/test-services';

/** A worker whose PostgreSQL (a private cluster of this file's own) restarts mid-run. */
const DOMAINS = 40;
let pg: TestPostgres;
let db: ScratchDatabase;
let redis: TestRedis;
let knot: TempKnot;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  [pg, redis, knot] = await Promise.all([
    startTestPostgres(),
    startTestRedis(),
    startTempKnot({ [LOAD_ZONE]: loadZone(DOMAINS) }),
  ]);
  db = await createScratchDatabase('pg_restart', { serverUrl: pg.url });
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    KENSA_DNS_SERVERS: `127.0.0.1:${knot.port}`,
    KENSA_SCAN_CONCURRENCY: '4',
    KENSA_SCAN_CHUNK: '8',
    KENSA_SCAN_BATCH: '4',
    KENSA_DNS_QPS: '150',
    KENSA_SCAN_ATTEMPTS: '3',
    KENSA_SCAN_BACKOFF_MS: '300',
    KENSA_JOB_LOCK_MS: '2000',
    KENSA_RECONCILE_INTERVAL_MS: '1000',
  });
}, 120_000);

afterAll(async () => {
  await worker?.kill('SIGKILL');
  await closeQueues();
  await prisma.$disconnect();
  await Promise.all([redis?.stop(), knot?.stop()]);
  await pg?.stop();
});

it('completes a run, one result per domain, when PostgreSQL restarts mid-run', async () => {
  const domainIds = await seedLoadDomains(prisma, DOMAINS);
  worker = await spawnWorker({});
  const { runId } = await createScanRun({
    domainIds,
    trigger: 'api',
    triggeredBy: null,
    scope: { kind: 'all' },
  });
  await waitFor('some progress', async () => {
    const run = await prisma.scanRun.findUniqueOrThrow({ where: { id: runId } });
    return run.done >= 4 ? true : undefined;
  });
  await pg.restart(2000);
  const summary = await waitFor(
    'the run to finish',
    async () => {
      const s = await summarizeRun(prisma, runId);
      return s.status === 'complete' ? s : undefined;
    },
    90_000,
  );
  expect(summary).toMatchObject({ total: DOMAINS, rows: DOMAINS, done: DOMAINS, failed: 0 });
  expect(summary.byStatus).toEqual({ complete: DOMAINS });
  // The worker lived through it: jobs failed while the database was away and were retried.
  expect(worker.alive()).toBe(true);
  await worker.kill('SIGTERM');
  expect(worker.output()).toMatch(/failed/);
}, 150_000);
