import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditReport } from '@/audit/report';
import { prisma } from '@/lib/db';
import { closeQueues } from '@/lib/queue';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { seedLoadDomains, summarizeRun } from './testing/scan-fixture';
import {
  spawnWorker,
  startTestRedis,
  type TestRedis,
  type WorkerProcess,
  waitFor,
} from './testing/test-services';

/**
 * A resolver outage ends a run quickly (issue 12): 1,000 domains scanned by two worker processes
 * with the default DNS, retry and backoff settings, against a resolver that receives every query and
 * never answers (a bound UDP socket: real timeouts, no ICMP). The circuit breaker opens after the
 * first timeouts; every domain is stored once, partial, saying the resolver was unreachable, and
 * is not retried, and the dead resolver hears a few hundred datagrams, not every question of every
 * domain three times.
 */
const DOMAINS = 1000;
let db: ScratchDatabase;
let redis: TestRedis;
let silent: Socket;
let workers: WorkerProcess[] = [];
/** Datagrams the dead resolver received. */
let received = 0;

beforeAll(async () => {
  silent = createSocket('udp4');
  silent.on('message', () => {
    received++;
  });
  await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
  [db, redis] = await Promise.all([createScratchDatabase('dead_resolver'), startTestRedis()]);
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    KENSA_DNS_SERVERS: `127.0.0.1:${(silent.address() as AddressInfo).port}`,
  });
  await seedLoadDomains(prisma, DOMAINS);
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    KENSA_DNS_SERVERS: process.env.KENSA_DNS_SERVERS ?? '',
  };
  workers = await Promise.all([spawnWorker(env), spawnWorker(env)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
  await closeQueues();
  await prisma.$disconnect();
  silent?.close();
  await Promise.all([db?.drop(), redis?.stop()]);
});

it('a 1,000-domain run against a dead resolver ends within 30 s, every domain partial: resolver unreachable', async () => {
  const domainIds = (await prisma.domain.findMany({ select: { id: true } })).map((d) => d.id);
  const started = performance.now();
  const { runId } = await createScanRun({
    domainIds,
    trigger: 'api',
    triggeredBy: null,
    scope: { kind: 'all' },
  });
  const summary = await waitFor(
    'the run to finish',
    async () => {
      const s = await summarizeRun(prisma, runId);
      return s.status === 'queued' || s.status === 'running' ? undefined : s;
    },
    300_000,
  ).catch(async (error) => {
    const s = await summarizeRun(prisma, runId);
    throw new Error(
      `${error}: ${JSON.stringify(s)}\n${workers.map((w) => w.output().slice(-1500)).join('\n---\n')}`,
    );
  });
  const seconds = (performance.now() - started) / 1000;
  expect(summary).toMatchObject({
    status: 'complete',
    total: DOMAINS,
    rows: DOMAINS,
    done: DOMAINS,
    failed: 0,
  });
  expect(summary.byStatus).toEqual({ partial: DOMAINS });
  const scans = await prisma.domainScan.findMany({
    where: { run: { id: runId } },
    select: { storedReport: { select: { body: true } } },
  });
  const reports = scans.map((scan) => scan.storedReport?.body as unknown as AuditReport);
  console.log(
    `dead resolver: ${DOMAINS} domains stored in ${seconds.toFixed(1)} s; ${received} queries reached it`,
  );
  // Without the breaker every domain would send its ~55 questions 3 times (~165,000 datagrams);
  // with it, only the first wave and a probe per second per worker go out.
  expect(received).toBeLessThan(3000);
  expect(seconds, `the run took ${seconds.toFixed(1)} s`).toBeLessThanOrEqual(30);
  expect(reports.filter((r) => r.resolverUnreachable === true)).toHaveLength(DOMAINS);
  // Nothing it could not read is reported missing: the one finding says the resolver was down.
  expect(new Set(reports.flatMap((r) => r.findings.map((f) => f.id)))).toEqual(
    new Set(['dns.resolver-unreachable']),
  );
}, 400_000);
