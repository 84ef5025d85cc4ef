import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyMigration, createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/**
 * The migration to a work list of its own (scan_run_items) keeps runs in flight going: their queued
 * and running domain_scans rows become items of the same chunks (so the chunk jobs already in Redis
 * claim them) and leave the history; stored results stay as they were.
 */
const MIGRATION = '20261209150000_scan_run_items';
let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase('scan_run_items_migration', { before: MIGRATION });
}, 120_000);

afterAll(() => scratch?.drop());

const RUN = '01900000-0000-7000-8000-000000000100';
const domain = (i: number) => `01900000-0000-7000-8000-00000000000${i}`;
const scan = (i: number) => `01900000-0000-7000-8000-00000000020${i}`;
// Domain 0 stored, 1 and 2 still queued in chunk 0 and 1, 3 running in chunk 1.
const ROWS = [
  ['complete', 0],
  ['queued', 0],
  ['queued', 1],
  ['running', 1],
] as const;

it('moves the unfinished rows of a run in flight to its work list, chunk by chunk', async () => {
  const sql = (text: string) => scratch.db.$executeRawUnsafe(text);
  await sql(`INSERT INTO scan_runs (id, trigger, scope, status, total, done)
    VALUES ('${RUN}', 'manual', '{}', 'running', ${ROWS.length}, 1)`);
  for (const [i, [status, chunk]] of ROWS.entries()) {
    await sql(`INSERT INTO domains (id, ascii, unicode) VALUES ('${domain(i)}', 'd${i}.test', 'd${i}.test')`);
    await sql(`INSERT INTO domain_scans (id, run_id, domain_id, status, chunk)
      VALUES ('${scan(i)}', '${RUN}', '${domain(i)}', '${status}', ${chunk})`);
  }
  await applyMigration(scratch.url, MIGRATION);

  const items = await scratch.db.scanRunItem.findMany({ orderBy: { domainId: 'asc' } });
  expect(items.map((item) => [item.domainId, item.chunk])).toEqual([
    [domain(1), 0],
    [domain(2), 1],
    [domain(3), 1],
  ]);
  // Read as SQL: the client knows the table as a later migration rebuilt it.
  const scans = await scratch.db.$queryRaw`SELECT id::text, status::text FROM domain_scans`;
  expect(scans).toEqual([{ id: scan(0), status: 'complete' }]);
});
