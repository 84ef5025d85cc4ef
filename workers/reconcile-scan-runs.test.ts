import { Worker } from 'bullmq';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { enqueueDomainScans } from '@/lib/jobs/enqueue-domain-scans';
import { SCAN_QUEUE, scanDomainJobId } from '@/lib/jobs/scan-domain-job';
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

async function run(status: 'running' | 'cancelled', scans: ('queued' | 'running' | 'complete')[]) {
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
      scans: { createMany: { data: scans.map((s, i) => ({ domainId: domains[i]?.id ?? '', status: s })) } },
    },
    include: { scans: true },
  });
}

it('re-enqueues unfinished domain scans whose job is missing or failed for good', async () => {
  const lost = await run('running', ['queued', 'running', 'complete']);
  const [missing, failing] = lost.scans;
  if (!missing || !failing) throw new Error('fixture');
  // One job fails for good (attempts 1) while its row stays running, as during a database outage.
  await enqueueDomainScans(scanQueue(), lost.id, [failing.domainId]);
  const failingId = scanDomainJobId({ runId: lost.id, domainId: failing.domainId });
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
  const ignored = await run('cancelled', ['queued']);

  expect(await reconcileScanRuns(scanQueue())).toEqual({ finished: 0, requeued: 2 });
  expect(await scanQueue().getJobState(failingId)).toBe('waiting');
  expect(await scanQueue().getJobState(scanDomainJobId({ runId: lost.id, domainId: missing.domainId }))).toBe(
    'waiting',
  );
  const cancelledJob = scanDomainJobId({ runId: ignored.id, domainId: ignored.scans[0]?.domainId ?? '' });
  expect(await scanQueue().getJobState(cancelledJob)).toBe('unknown');
  // Nothing left to repair: a second pass changes nothing.
  expect(await reconcileScanRuns(scanQueue())).toEqual({ finished: 0, requeued: 0 });
});

it('completes a run whose rows are all final but whose status was left behind, from the rows', async () => {
  const stuck = await run('running', ['complete', 'complete']);
  await prisma.domainScan.updateMany({
    where: { id: stuck.scans[1]?.id ?? '' },
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
