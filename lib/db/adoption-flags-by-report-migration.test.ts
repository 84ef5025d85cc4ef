import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '@/lib/auth/viewer';
import { listDomainScans } from '@/lib/queries/list-domain-scans';
import { scanResultId } from '@/lib/queries/scan-result-id';
import { applyMigrationsFrom, createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/**
 * The migration that stores the adoption flags once per report body moves the per-scan flags
 * already stored: a body takes its latest scan's flags (an older release may have flattened it
 * otherwise), every scan lists the flags of its body, a failed scan (no body) every flag unknown,
 * and the scan rows no longer carry them.
 */
const MIGRATION = '20261212100000_adoption_flags_by_report';
let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase('adoption_flags_by_report_migration', { before: MIGRATION });
}, 120_000);

afterAll(() => scratch?.drop());

const DOMAIN = '01900000-0000-7000-8000-000000000001';
const run = (i: number) => `01900000-0000-7000-8000-00000000010${i}`;
const scan = (i: number) => `01900000-0000-7000-8000-00000000020${i}`;
const HASH = { a: `'\\x${'0a'.repeat(32)}'::bytea`, b: `'\\x${'0b'.repeat(32)}'::bytea` };

// Per scan, oldest first: [status, body, spf_published, dmarc_enforcing, bimi_published].
const SCANS = [
  ['complete', 'a', true, false, null], // an older release's reading of body a
  ['complete', 'a', true, true, false], // the latest scan of body a: its flags are kept
  ['partial', 'b', null, false, null],
  ['failed', null, null, null, null],
] as const;

it('stores each body with its latest scan flags and lists every scan with its body flags', async () => {
  const sql = (text: string) => scratch.db.$executeRawUnsafe(text);
  await sql(`INSERT INTO domains (id, ascii, unicode) VALUES ('${DOMAIN}', 'a.test', 'a.test')`);
  await sql(`INSERT INTO scan_reports (hash, body) VALUES (${HASH.a}, '{"a":1}'), (${HASH.b}, '{"b":1}'),
    ('\\x${'0c'.repeat(32)}'::bytea, '{"unreferenced":1}')`);
  for (const [i, [status, body, spf, dmarc, bimi]] of SCANS.entries()) {
    await sql(`INSERT INTO scan_runs (id, trigger, scope, status, total)
      VALUES ('${run(i)}', 'manual', '{}', 'complete', 1)`);
    const report = body ? `(SELECT id FROM scan_reports WHERE hash = ${HASH[body]})` : 'NULL';
    await sql(`INSERT INTO domain_scans (id, run_id, domain_id, status, report_id, finished_at,
        spf_published, dmarc_enforcing, bimi_published)
      VALUES ('${scan(i)}', '${run(i)}', '${DOMAIN}', '${status}', ${report}, '2026-03-0${i + 1}T03:00:00Z',
        ${spf}, ${dmarc}, ${bimi})`);
  }
  await applyMigrationsFrom(scratch.url, MIGRATION);

  const bodies = await scratch.db.scanReport.findMany({
    select: { body: true, spfPublished: true, dmarcEnforcing: true, bimiPublished: true, nullMx: true },
    orderBy: { id: 'asc' },
  });
  expect(bodies).toEqual([
    { body: { a: 1 }, spfPublished: true, dmarcEnforcing: true, bimiPublished: false, nullMx: null },
    { body: { b: 1 }, spfPublished: null, dmarcEnforcing: false, bimiPublished: null, nullMx: null },
    {
      body: { unreferenced: 1 },
      spfPublished: null,
      dmarcEnforcing: null,
      bimiPublished: null,
      nullMx: null,
    },
  ]);

  const page = { before: null, limit: 10, withReport: false };
  const { rows } = await listDomainScans(systemViewer(), DOMAIN, page, scratch.db);
  expect(
    rows.map((r) => [r.id, r.flags.spfPublished, r.flags.dmarcEnforcing, r.flags.bimiPublished]),
  ).toEqual([
    [scanResultId(run(3), DOMAIN), null, null, null],
    [scanResultId(run(2), DOMAIN), null, false, null],
    [scanResultId(run(1), DOMAIN), true, true, false],
    [scanResultId(run(0), DOMAIN), true, true, false],
  ]);

  const [columns] = await scratch.db.$queryRaw<Array<{ flags: number }>>`
    SELECT count(*)::int AS flags FROM information_schema.columns
    WHERE table_name = 'domain_scans' AND column_name LIKE '%published'`;
  expect(columns?.flags).toBe(0);
});
