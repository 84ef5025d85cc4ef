import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { syncAuditPurgeScheduler } from '@/lib/audit-log/sync-audit-purge-scheduler';
import { env } from '@/lib/env';
import {
  AUDIT_PURGE_PATTERN,
  AUDIT_PURGE_SCHEDULER_ID,
  PURGE_AUDIT_EVENTS_JOB,
} from '@/lib/jobs/purge-audit-events-job';
import { createRedisConnection } from '@/lib/redis';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { maintenanceJobProcessor } from './jobs/maintenance';

/** A queue of this test's own on the test Redis, so no other test's worker takes its jobs. */
const QUEUE = `kensa-test-maintenance-${randomUUID()}`;
const DAY = 86_400_000;
let scratch: ScratchDatabase;
let db: PrismaClient;
const producer = createRedisConnection(env().REDIS_URL);
const consumer = createRedisConnection(env().REDIS_URL);
const listener = createRedisConnection(env().REDIS_URL);
const queue = new Queue(QUEUE, { connection: producer });
let events: QueueEvents;
let worker: Worker;

beforeAll(async () => {
  scratch = await createScratchDatabase('audit_purge_job');
  db = scratch.db;
  events = new QueueEvents(QUEUE, { connection: listener });
  worker = new Worker(
    QUEUE,
    maintenanceJobProcessor({ db, retentionDays: 30, mailDigestRetentionDays: 30 }),
    {
      connection: consumer,
    },
  );
  await Promise.all([worker.waitUntilReady(), events.waitUntilReady()]);
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await events?.close();
  await queue.obliterate({ force: true });
  await queue.close();
  for (const connection of [producer, consumer, listener]) connection.disconnect();
  await scratch?.drop();
});

describe('the daily audit log purge', () => {
  it('has one scheduler in the users time zone, upserted only when it is missing or different', async () => {
    expect(await syncAuditPurgeScheduler(queue, 'Asia/Tokyo')).toBe(true);
    expect(await syncAuditPurgeScheduler(queue, 'Asia/Tokyo')).toBe(false);
    expect(await queue.getJobScheduler(AUDIT_PURGE_SCHEDULER_ID)).toMatchObject({
      pattern: AUDIT_PURGE_PATTERN,
      tz: 'Asia/Tokyo',
    });
    expect(await syncAuditPurgeScheduler(queue, 'UTC')).toBe(true);
    await queue.removeJobScheduler(AUDIT_PURGE_SCHEDULER_ID);
    expect(await syncAuditPurgeScheduler(queue, 'UTC')).toBe(true);
    await queue.removeJobScheduler(AUDIT_PURGE_SCHEDULER_ID);
  });

  it('runs as a worker job and deletes what is past the retention', async () => {
    await db.auditEvent.create({ data: { action: 'group.create', at: new Date(Date.now() - 31 * DAY) } });
    await db.auditEvent.create({ data: { action: 'group.update', at: new Date(Date.now() - 29 * DAY) } });
    const job = await queue.add(PURGE_AUDIT_EVENTS_JOB, {});
    expect(await job.waitUntilFinished(events, 30_000)).toBe('1 audit entries older than 30 days deleted');
    const left = await db.auditEvent.findMany({ orderBy: { at: 'asc' } });
    expect(left.map((e) => e.action)).toEqual(['group.update', 'audit-log.purge']);
  });
});
