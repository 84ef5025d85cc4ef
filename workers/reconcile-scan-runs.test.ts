import { Worker } from 'bullmq';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { enqueueScanChunks } from '@/lib/jobs/enqueue-scan-chunks';
import { SCAN_QUEUE, scanChunkJobId } from '@/lib/jobs/scan-chunk-job';
import { closeQueues, scanQueue } from '@/lib/queue';
import { createRedisConnection } from '@/lib/redis';
import { reconcileScanRuns } from '@/lib/scans/reconcile-scan-runs';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { startTestRedis, type TestRedis, waitFor } from './testing/test-services';

let db: ScratchDatabase;
let redis: TestRedis;

beforeAll(async () => {
  [db, redis] = await Promise.all([createScratchDatabase('reconcile'), startTestRedis()]);
  Object.assign(process.env, { DATABASE_URL: db.url, REDIS_URL: redis.url, KENSA_SCAN_ATTEMPTS: '1' });
}, 60_000);

afterAll(async () => {
  await closeQueues();
  await prisma.$disconnect();
  await Promise.all([db?.drop(), redis?.stop()]);
});

const old = new Date(Date.now() - 60_000);
/** Numbers the domains run() creates: ascii is unique, and a random suffix could repeat. */
let domainCount = 0;

/** A run of one domain per entry: 'open' on its work list (chunk = its index), 'complete' stored. */
async function run(status: 'running' | 'cancelled', scans: ('open' | 'complete')[]) {
  const domains = await Promise.all(
    scans.map(() => {
      const ascii = `d${domainCount++}.test`;
      return prisma.domain.create({ data: { ascii, unicode: ascii } });
    }),
  );
  return prisma.scanRun.create({
    data: {
      trigger: 'api',
      scope: { kind: 'all' },
      status,
      total: scans.length,
      createdAt: old,
      // One chunk per domain, so each domain's job can be lost on its own.
      items: {
        createMany: {
          data: scans.flatMap((s, i) => (s === 'open' ? [{ domainId: domains[i]?.id ?? '', chunk: i }] : [])),
        },
      },
      scans: {
        createMany: {
          data: scans.flatMap((s, i) =>
            s === 'complete' ? [{ domainId: domains[i]?.id ?? '', status: s }] : [],
          ),
        },
      },
    },
    include: { scans: true },
  });
}

it('re-enqueues the chunks of unfinished domains whose job is missing or failed for good', async () => {
  const lost = await run('running', ['open', 'open', 'complete']);
  // Chunk 1's job fails for good (attempts 1) while its domain stays open, as during a database
  // outage; chunk 0's job is missing; chunk 2 is done.
  await enqueueScanChunks(scanQueue(), lost.id, [1]);
  const failingId = scanChunkJobId({ runId: lost.id, chunk: 1 });
  const connection = createRedisConnection();
  const worker = new Worker(
    SCAN_QUEUE,
    async () => {
      throw new Error('database unreachable');
    },
    { connection },
  );
  await waitFor('the job to fail', async () =>
    (await scanQueue().getJobState(failingId)) === 'failed' ? true : undefined,
  );
  await worker.close();
  connection.disconnect();
  const ignored = await run('cancelled', ['open']);

  const progress = new Map<string, number>();
  expect(await reconcileScanRuns(scanQueue(), progress)).toEqual({ finished: 0, requeued: 2 });
  expect(await scanQueue().getJobState(failingId)).toBe('waiting');
  expect(await scanQueue().getJobState(scanChunkJobId({ runId: lost.id, chunk: 0 }))).toBe('waiting');
  expect(await scanQueue().getJobState(scanChunkJobId({ runId: lost.id, chunk: 2 }))).toBe('unknown');
  expect(await scanQueue().getJobState(scanChunkJobId({ runId: ignored.id, chunk: 0 }))).toBe('unknown');
  // Nothing left to repair: a second pass changes nothing.
  expect(await reconcileScanRuns(scanQueue(), progress)).toEqual({ finished: 0, requeued: 0 });
  // A run that moved since the last pass is alive: its jobs are not even looked at.
  await scanQueue().obliterate({ force: true });
  await prisma.scanRun.update({ where: { id: lost.id }, data: { done: { increment: 1 } } });
  expect(await reconcileScanRuns(scanQueue(), progress)).toEqual({ finished: 0, requeued: 0 });
  // It stopped moving: now its lost jobs are found.
  expect(await reconcileScanRuns(scanQueue(), progress)).toEqual({ finished: 0, requeued: 2 });
});

it('completes a run whose domains are all stored but whose status was left behind, from the rows', async () => {
  const stuck = await run('running', ['complete', 'complete']);
  await prisma.domainScan.updateMany({
    where: { runNumber: stuck.number, domainId: stuck.scans[1]?.domainId ?? '' },
    data: { status: 'failed', error: 'x' },
  });
  const result = await reconcileScanRuns(scanQueue());
  expect(result.finished).toBe(1);
  expect(await prisma.scanRun.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({
    status: 'complete',
    done: 1,
    failed: 1,
    total: 2,
  });
});
