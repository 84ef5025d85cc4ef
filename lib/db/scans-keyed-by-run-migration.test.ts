import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '@/lib/auth/viewer';
import { listDomainScans } from '@/lib/queries/list-domain-scans';
import { scanResultId } from '@/lib/queries/scan-result-id';
import { applyMigrationsFrom, createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/**
 * The migration that keys a scan by (run number, domain) numbers the runs in creation order, moves
 * every stored scan to the rebuilt table with its run's number, and turns each reference to a scan's
 * uuid (events, current state, daily status) into its run's number; references to a scan that no
 * longer exists are dropped (events, days) or cleared (current state), as its comment says.
 */
const MIGRATION = '20261213100000_scans_keyed_by_run';
let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase('scans_keyed_by_run_migration', { before: MIGRATION });
}, 120_000);

afterAll(() => scratch?.drop());

const DOMAIN = { a: '01900000-0000-7000-8000-00000000000a', b: '01900000-0000-7000-8000-00000000000b' };
const run = (i: number) => `01900000-0000-7000-8000-00000000010${i}`;
const scan = (i: number, d: 'a' | 'b') => `01900000-0000-7000-8000-0000000002${i}${d}`;
const GONE = '01900000-0000-7000-8000-0000000009ff';
// Created out of id order, two at the same instant: numbered by (created_at, id): run 1 → 1, 0 → 2, 2 → 3.
const CREATED = ['2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'];

it('numbers the runs, moves the scans and re-points every reference by run number', async () => {
  const sql = (text: string) => scratch.db.$executeRawUnsafe(text);
  await sql(`INSERT INTO domains (id, ascii, unicode) VALUES ('${DOMAIN.a}', 'a.test', 'a.test'),
    ('${DOMAIN.b}', 'b.test', 'b.test')`);
  await sql(`INSERT INTO scan_reports (hash, body) VALUES ('\\x${'0a'.repeat(32)}'::bytea, '{"a":1}')`);
  for (const [i, at] of CREATED.entries())
    await sql(`INSERT INTO scan_runs (id, trigger, scope, status, total, created_at)
      VALUES ('${run(i)}', 'manual', '{}', 'complete', 2, '${at}')`);
  for (const i of [0, 1, 2])
    await sql(`INSERT INTO domain_scans (id, run_id, domain_id, status, report_id, checked_at, queries,
        started_at, finished_at)
      VALUES ('${scan(i, 'a')}', '${run(i)}', '${DOMAIN.a}', 'complete', (SELECT id FROM scan_reports),
        '2026-03-0${i + 1}T08:59:00Z', ${10 + i}, '2026-03-0${i + 1}T08:58:00Z', '2026-03-0${i + 1}T09:00:00Z')`);
  await sql(`INSERT INTO domain_scans (id, run_id, domain_id, status, error, finished_at)
    VALUES ('${scan(2, 'b')}', '${run(2)}', '${DOMAIN.b}', 'failed', 'SERVFAIL', '2026-03-03T09:00:00Z')`);
  await sql(`INSERT INTO domain_events (id, domain_id, domain_scan_id, previous_scan_id, kind, subject, detail)
    VALUES (gen_random_uuid(), '${DOMAIN.a}', '${scan(2, 'a')}', '${scan(0, 'a')}', 'record_changed', 'spf', '{}'),
      (gen_random_uuid(), '${DOMAIN.a}', '${GONE}', '${scan(0, 'a')}', 'record_changed', 'dmarc', '{}')`);
  await sql(`INSERT INTO domain_current_state (domain_id, last_scan_id, complete_scan_id, updated_at)
    VALUES ('${DOMAIN.a}', '${scan(2, 'a')}', '${scan(0, 'a')}', now()),
      ('${DOMAIN.b}', '${scan(2, 'b')}', '${GONE}', now())
    ON CONFLICT (domain_id) DO UPDATE SET last_scan_id = EXCLUDED.last_scan_id,
      complete_scan_id = EXCLUDED.complete_scan_id`);
  await sql(`INSERT INTO domain_daily_status (domain_id, day, domain_scan_id, unknown)
    VALUES ('${DOMAIN.a}', '2026-03-01', '${scan(0, 'a')}', false), ('${DOMAIN.a}', '2026-03-02', '${GONE}', false)`);
  await applyMigrationsFrom(scratch.url, MIGRATION);
  const db = scratch.db;

  const runs = await db.scanRun.findMany({ select: { id: true, number: true }, orderBy: { number: 'asc' } });
  expect(runs).toEqual([
    { id: run(1), number: 1 },
    { id: run(0), number: 2 },
    { id: run(2), number: 3 },
  ]);
  const next = await db.scanRun.create({ data: { trigger: 'api', scope: { kind: 'all' }, total: 0 } });
  expect(next.number).toBe(4);

  const scans = await db.domainScan.findMany({ orderBy: [{ runNumber: 'asc' }, { domainId: 'asc' }] });
  expect(scans.map((s) => [s.runNumber, s.domainId, s.status, s.queries, s.error])).toEqual([
    [1, DOMAIN.a, 'complete', 11, null],
    [2, DOMAIN.a, 'complete', 10, null],
    [3, DOMAIN.a, 'complete', 12, null],
    [3, DOMAIN.b, 'failed', null, 'SERVFAIL'],
  ]);
  expect(scans[0]).toMatchObject({
    checkedAt: new Date('2026-03-02T08:59:00Z'),
    startedAt: new Date('2026-03-02T08:58:00Z'),
    finishedAt: new Date('2026-03-02T09:00:00Z'),
  });
  expect(scans[0]?.reportId).not.toBeNull();

  const events = await db.domainEvent.findMany();
  expect(events.map((e) => [e.runNumber, e.previousRunNumber, e.subject])).toEqual([[3, 2, 'spf']]);
  const states = await db.domainCurrentState.findMany({ orderBy: { domainId: 'asc' } });
  expect(states.map((s) => [s.lastRunNumber, s.completeRunNumber])).toEqual([
    [3, 2],
    [3, null],
  ]);
  const days = await db.domainDailyStatus.findMany();
  expect(days.map((d) => [d.day.toISOString().slice(0, 10), d.runNumber])).toEqual([['2026-03-01', 2]]);

  // The API's result ids: derived from the run's uuid and the domain's, as every read derives them.
  const page = { before: null, limit: 10, withReport: false };
  const { rows } = await listDomainScans(systemViewer(), DOMAIN.a, page, db);
  expect(rows.map((r) => [r.id, r.runId])).toEqual(
    [2, 1, 0].map((i) => [scanResultId(run(i), DOMAIN.a), run(i)]),
  );

  // Rebuilt in alignment order: a complete scan's row is 92 bytes (120 before): the header with its null bitmap,
  // then uuid, bigint, three timestamps and three 4-byte columns without padding.
  const [size] = await db.$queryRaw<Array<{ max: number }>>`
    SELECT max(pg_column_size(s.*))::int AS max FROM domain_scans s WHERE s.status = 'complete'`;
  expect(size?.max).toBeLessThanOrEqual(96);
});
