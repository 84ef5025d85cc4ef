import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyMigrationsFrom, createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/**
 * The migration to daily status as change points drops the rows that repeat their domain's previous
 * row (same unknown, flags and, for a known status, report body) and keeps every row that changes
 * something, pointing at the scan that started it.
 */
const MIGRATION = '20261210110000_daily_status_as_changes';
let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase('daily_status_changes_migration', { before: MIGRATION });
}, 120_000);

afterAll(() => scratch?.drop());

const DOMAIN = '01900000-0000-7000-8000-000000000001';
const scan = (i: number) => `01900000-0000-7000-8000-00000000020${i}`;
const run = (i: number) => `01900000-0000-7000-8000-00000000010${i}`;
const HASH = { a: `'\\x${'0a'.repeat(32)}'::bytea`, b: `'\\x${'0b'.repeat(32)}'::bytea` };

// One row per day, as the per-day writer stored them: [status, report, spf_published, kept?].
const DAYS = [
  ['complete', HASH.a, true, true],
  ['complete', HASH.a, true, false], // the same as day 1
  ['complete', HASH.b, true, true], // same flags, another report: its findings differ
  ['partial', HASH.b, null, true], // unknown
  ['failed', 'NULL', null, false], // unknown again
  ['complete', HASH.b, true, true], // known again after unknown days
  ['complete', HASH.b, false, true], // flags changed
] as const;

it('keeps the rows that change the status and drops the ones that repeat it', async () => {
  const sql = (text: string) => scratch.db.$executeRawUnsafe(text);
  await sql(`INSERT INTO domains (id, ascii, unicode) VALUES ('${DOMAIN}', 'a.test', 'a.test')`);
  await sql(`INSERT INTO scan_reports (hash, body) VALUES (${HASH.a}, '{"a":1}'), (${HASH.b}, '{"b":1}')`);
  for (const [i, [status, hash, spf]] of DAYS.entries()) {
    await sql(`INSERT INTO scan_runs (id, trigger, scope, status, total)
      VALUES ('${run(i)}', 'manual', '{}', 'complete', 1)`);
    await sql(`INSERT INTO domain_scans (id, run_id, domain_id, status, report_hash, finished_at)
      VALUES ('${scan(i)}', '${run(i)}', '${DOMAIN}', '${status}', ${hash}, '2026-03-0${i + 1}T03:00:00Z')`);
    await sql(`INSERT INTO domain_daily_status (domain_id, day, domain_scan_id, unknown, spf_published)
      VALUES ('${DOMAIN}', '2026-03-0${i + 1}', '${scan(i)}', ${status !== 'complete'}, ${spf})`);
  }
  await applyMigrationsFrom(scratch.url, MIGRATION);

  const rows = await scratch.db.domainDailyStatus.findMany({ orderBy: { day: 'asc' } });
  expect(rows.map((r) => [r.day.toISOString().slice(0, 10), r.runNumber, r.unknown, r.spfPublished])).toEqual(
    DAYS.flatMap(([status, , spf, kept], i) =>
      // Runs are numbered in creation order (20261213100000_scans_keyed_by_run): scan i is run i + 1's.
      kept ? [[`2026-03-0${i + 1}`, i + 1, status !== 'complete', spf]] : [],
    ),
  );
});
