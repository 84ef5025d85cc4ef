import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyMigrationsFrom, createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/**
 * The migration to findings stored once per report body moves the per-scan rows already stored:
 * scans sharing a body leave one copy of its findings, a failed scan none, and every scan still reads
 * the findings it had through its report hash.
 */
const MIGRATION = '20261209100000_findings_by_report';
let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase('findings_by_report_migration', { before: MIGRATION });
}, 120_000);

afterAll(() => scratch?.drop());

const ID = {
  domain: '01900000-0000-7000-8000-000000000001',
  run: (i: number) => `01900000-0000-7000-8000-00000000010${i}`,
  scan: (i: number) => `01900000-0000-7000-8000-00000000020${i}`,
};
const HASH = { none: `'\\x${'01'.repeat(32)}'::bytea`, reject: `'\\x${'02'.repeat(32)}'::bytea` };

// Scans 0 and 1 share the p=none body, scan 2 has p=reject, scan 3 failed.
const SCANS = [
  {
    hash: HASH.none,
    findings: [
      ['dmarc.policy-none', 'warning'],
      ['spf.softfail', 'info'],
    ],
  },
  {
    hash: HASH.none,
    findings: [
      ['dmarc.policy-none', 'warning'],
      ['spf.softfail', 'info'],
    ],
  },
  { hash: HASH.reject, findings: [['spf.softfail', 'info']] },
  { hash: 'NULL', findings: [] },
];

it('keeps one copy of the findings per report body, read back per scan through its hash', async () => {
  const sql = (text: string) => scratch.db.$executeRawUnsafe(text);
  await sql(`INSERT INTO domains (id, ascii, unicode) VALUES ('${ID.domain}', 'a.test', 'a.test')`);
  await sql(
    `INSERT INTO scan_reports (hash, body) VALUES (${HASH.none}, '{"p":"none"}'), (${HASH.reject}, '{"p":"reject"}')`,
  );
  for (const [i, scan] of SCANS.entries()) {
    await sql(`INSERT INTO scan_runs (id, trigger, scope, status, total)
      VALUES ('${ID.run(i)}', 'manual', '{}', 'complete', 1)`);
    await sql(`INSERT INTO domain_scans (id, run_id, domain_id, status, report_hash)
      VALUES ('${ID.scan(i)}', '${ID.run(i)}', '${ID.domain}', '${scan.hash === 'NULL' ? 'failed' : 'complete'}', ${scan.hash})`);
    for (const [findingId, severity] of scan.findings)
      await sql(`INSERT INTO domain_scan_findings (id, domain_scan_id, finding_id, severity)
        VALUES (gen_random_uuid(), '${ID.scan(i)}', '${findingId}', '${severity}')`);
  }
  await applyMigrationsFrom(scratch.url, MIGRATION);

  expect(await scratch.db.scanReportFinding.count()).toBe(3);
  const scans = await scratch.db.domainScan.findMany({
    orderBy: { runNumber: 'asc' }, // runs are numbered in creation order: scan i's run is the i + 1th
    select: { storedReport: { select: { findings: { orderBy: { findingId: 'asc' } } } } },
  });
  expect(scans.map((s) => (s.storedReport?.findings ?? []).map((f) => [f.findingId, f.severity]))).toEqual(
    SCANS.map((s) => s.findings),
  );
});
