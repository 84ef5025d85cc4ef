import { afterAll, beforeAll, expect, it } from 'vitest';
import { storedReport } from '@/lib/queries/stored-report';
import { applyMigrationsFrom, createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/**
 * The migration to reports stored by content moves the reports already stored: a database with
 * inline reports (the schema before it) keeps every report readable, one body per distinct content.
 */
const MIGRATION = '20261208100000_scan_reports_by_content';
let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase('scan_reports_migration', { before: MIGRATION });
}, 120_000);

afterAll(() => scratch?.drop());

const report = (checkedAt: string, queries: number, policy: string) => ({
  domain: 'a.test',
  status: 'complete',
  checkedAt,
  queries,
  dmarc: { policy },
  findings: [{ id: 'dmarc.policy-none', severity: 'warning' }],
});

it('moves inline reports to scan_reports, one body per content, and reads them back whole', async () => {
  const { db } = scratch;
  const reports = [
    report('2026-03-01T09:00:00.000Z', 18, 'none'),
    report('2026-03-02T09:00:00.000Z', 17, 'none'), // same content, other scan-only fields
    report('2026-03-03T09:00:00.000Z', 18, 'reject'),
  ];
  await db.$executeRawUnsafe(
    `INSERT INTO domains (id, ascii, unicode) VALUES ('${ID.domain}', 'a.test', 'a.test')`,
  );
  for (const [i, r] of reports.entries()) {
    await db.$executeRawUnsafe(
      `INSERT INTO scan_runs (id, trigger, scope, status, total) VALUES ('${ID.run(i)}', 'manual', '{}', 'complete', 1)`,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO domain_scans (id, run_id, domain_id, status, report, queries)
       VALUES ('${ID.scan(i)}', '${ID.run(i)}', '${ID.domain}', 'complete', $1::jsonb, $2)`,
      JSON.stringify(r),
      r.queries,
    );
  }
  await db.$executeRawUnsafe(
    `INSERT INTO scan_runs (id, trigger, scope, status, total) VALUES ('${ID.run(9)}', 'manual', '{}', 'complete', 1)`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO domain_scans (id, run_id, domain_id, status, error)
     VALUES ('${ID.scan(9)}', '${ID.run(9)}', '${ID.domain}', 'failed', 'SERVFAIL')`,
  );
  await applyMigrationsFrom(scratch.url, MIGRATION);

  expect(await db.scanReport.count()).toBe(2);
  const scans = await db.domainScan.findMany({
    orderBy: { runNumber: 'asc' }, // runs are numbered in creation order, the failed scan's last
    select: { checkedAt: true, queries: true, storedReport: { select: { body: true } } },
  });
  expect(scans.map(storedReport)).toEqual([...reports, null]);
});

const ID = {
  domain: '01900000-0000-7000-8000-000000000001',
  run: (i: number) => `01900000-0000-7000-8000-00000000010${i}`,
  scan: (i: number) => `01900000-0000-7000-8000-00000000020${i}`,
};
