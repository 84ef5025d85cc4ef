import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { groupSchedulerId } from '@/lib/jobs/run-group-schedule-job';
import { closeQueues, scanQueue, scheduleQueue } from '@/lib/queue';
import { syncGroupSchedule } from '@/lib/schedules/sync-group-schedule';
import { updateGroupSchedule } from '@/lib/schedules/update-group-schedule';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { handleRunGroupSchedule } from './jobs/run-group-schedule';
import { type RunningWorkers, startWorkers } from './start-workers';
import { sleep, startTestRedis, type TestRedis, waitFor } from './testing/test-services';

let db: ScratchDatabase;
let redis: TestRedis;
let workers: RunningWorkers | undefined;
let groupId: string;
let members: string[];

beforeAll(async () => {
  [db, redis] = await Promise.all([createScratchDatabase('schedules'), startTestRedis()]);
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    KENSA_RECONCILE_INTERVAL_MS: '500',
    KENSA_SCAN_BACKOFF_MS: '200',
  });
  const group = await prisma.group.create({ data: { name: 'ministries' } });
  groupId = group.id;
  const day = new Date('2026-01-01');
  const domain = (ascii: string, archived = false) =>
    prisma.domain.create({ data: { ascii, unicode: ascii, archivedAt: archived ? day : null } });
  members = [];
  for (const name of ['a.test', 'b.test', 'c.test']) {
    const d = await domain(name);
    members.push(d.id);
    await prisma.domainGroup.create({ data: { domainId: d.id, groupId, sinceDay: day } });
  }
  const former = await domain('former.test');
  await prisma.domainGroup.create({ data: { domainId: former.id, groupId, sinceDay: day, untilDay: day } });
  const archived = await domain('archived.test', true);
  await prisma.domainGroup.create({ data: { domainId: archived.id, groupId, sinceDay: day } });
}, 60_000);

afterAll(async () => {
  await workers?.close();
  await closeQueues();
  await prisma.$disconnect();
  await Promise.all([db?.drop(), redis?.stop()]);
});

async function scheduler() {
  return scheduleQueue().getJobScheduler(groupSchedulerId(groupId));
}

/** A run's domains, stored or still on its work list, read in one statement (one snapshot). */
async function domainsOf(runId: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT domain_id::text AS id FROM scan_run_items WHERE run_id = ${runId}::uuid
    UNION ALL SELECT s.domain_id::text FROM domain_scans s JOIN scan_runs r ON r.number = s.run_number
    WHERE r.id = ${runId}::uuid`;
  return rows.map((row) => row.id).sort();
}

describe('group schedules', () => {
  it('saving a cron schedule creates a BullMQ scheduler with that pattern and time zone', async () => {
    const saved = await updateGroupSchedule(
      {
        groupId,
        kind: 'cron',
        cron: '15  3 * * 1-5',
        timeZone: 'Europe/Paris',
      },
      SYSTEM_ACTOR,
    );
    expect(saved).toEqual({ ok: true });
    expect(await scheduler()).toMatchObject({ pattern: '15 3 * * 1-5', tz: 'Europe/Paris' });
    const group = await prisma.group.findUniqueOrThrow({ where: { id: groupId } });
    expect(group).toMatchObject({
      scheduleKind: 'cron',
      scheduleCron: '15 3 * * 1-5',
      scheduleTimeZone: 'Europe/Paris',
    });

    await updateGroupSchedule({ groupId, kind: 'weekly', timeZone: 'Asia/Tokyo' }, SYSTEM_ACTOR);
    expect(await scheduler()).toMatchObject({ pattern: '0 2 * * 1', tz: 'Asia/Tokyo' });
  });

  it('refuses a malformed cron expression or time zone and keeps the saved schedule', async () => {
    for (const bad of [
      { cron: '61 * * * *', timeZone: 'UTC' },
      { cron: '* * *', timeZone: 'UTC' },
      { cron: '0 3 * * *', timeZone: 'Mars/Olympus' },
    ]) {
      const result = await updateGroupSchedule({ groupId, kind: 'cron', ...bad }, SYSTEM_ACTOR);
      expect(result).toMatchObject({ ok: false, code: 'invalid_request' });
    }
    expect(
      await updateGroupSchedule(
        { groupId: crypto.randomUUID(), kind: 'daily', timeZone: 'UTC' },
        SYSTEM_ACTOR,
      ),
    ).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await scheduler()).toMatchObject({ pattern: '0 2 * * 1', tz: 'Asia/Tokyo' });
  });

  it('a firing handled twice creates exactly one run of the current members', async () => {
    const next = await scheduleQueue().upsertJobScheduler(
      groupSchedulerId(groupId),
      { pattern: '0 2 * * 1', tz: 'Asia/Tokyo' },
      { name: 'run-group-schedule', data: { groupId } },
    );
    const firing = (await scheduleQueue().getJob(next.id ?? '')) as Job;
    const first = await handleRunGroupSchedule(firing);
    const again = await handleRunGroupSchedule(firing);
    expect(again).toBe(first);
    const runs = await prisma.scanRun.findMany({ where: { trigger: 'schedule' } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      triggeredBy: groupId,
      total: 3,
      scope: { kind: 'group', firing: firing.id },
    });
    expect(await domainsOf(runs[0]?.id ?? '')).toEqual([...members].sort());
    // Three domains fit one chunk: one job, enqueued once although the firing was handled twice.
    expect(await scanQueue().getJobCountByTypes('waiting', 'prioritized')).toBe(1);
    await prisma.scanRun.deleteMany({});
    await scanQueue().obliterate({ force: true });
  });

  it('workers sync schedulers at start-up (orphans removed), fire them, and removing a schedule removes it', async () => {
    const orphan = crypto.randomUUID();
    await syncGroupSchedule(scheduleQueue(), orphan, { pattern: '0 4 * * *', tz: 'UTC' });
    await scheduleQueue().removeJobScheduler(groupSchedulerId(groupId));
    // Every second (six fields: seconds first), written straight to the table as an older save might have.
    await prisma.group.update({
      where: { id: groupId },
      data: { scheduleKind: 'cron', scheduleCron: '* * * * * *', scheduleTimeZone: 'UTC' },
    });
    workers = await startWorkers(env());
    await waitFor('the start-up sync', async () =>
      (await scheduler())?.pattern === '* * * * * *' ? true : undefined,
    );
    expect(await scheduleQueue().getJobScheduler(groupSchedulerId(orphan))).toBeUndefined();

    const runs = await waitFor('two scheduled runs', async () => {
      const found = await prisma.scanRun.findMany({ where: { trigger: 'schedule' } });
      return found.length >= 2 ? found : undefined;
    });
    for (const run of runs) {
      expect(await domainsOf(run.id)).toEqual([...members].sort());
    }
    const firings = runs.map((run) => (run.scope as { firing: string }).firing);
    expect(new Set(firings).size).toBe(runs.length);

    expect(await updateGroupSchedule({ groupId, kind: 'none', timeZone: 'UTC' }, SYSTEM_ACTOR)).toEqual({
      ok: true,
    });
    expect(await scheduler()).toBeUndefined();
    await sleep(1500); // a firing already taken may still finish; then nothing more comes
    const settled = await prisma.scanRun.count({ where: { trigger: 'schedule' } });
    await sleep(1500);
    expect(await prisma.scanRun.count({ where: { trigger: 'schedule' } })).toBe(settled);
  }, 30_000);
});
