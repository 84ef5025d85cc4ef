/**
 * History grows with change, not with scans (issue 12): a rescan that finds what the last one found
 * stores the scan's own row, and nothing per report, per finding or per day (the daily status keeps
 * change points). A size property, not a timing: row counts and the width of the per-scan row.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { registerDomain } from '@/lib/domains/register-domain';
import { adoptionFlags } from '@/lib/history/adoption-flags';
import { listDomainScans } from '@/lib/queries/list-domain-scans';
import { finalizeScanRun } from '@/lib/scans/finalize-scan-run';
import { recordScanResults } from '@/lib/scans/record-scan-results';
import { createRun } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/**
 * The per-scan row's data (tuple header included): the domain's uuid, a bigint body id, three times,
 * the run's number, status and query count: 92 bytes (migration 20261213100000_scans_keyed_by_run;
 * 120 with a uuid id and the run's uuid). The adoption flags are the body's (scan_reports): with them
 * on the row it was 128 bytes with eight set, 136 with all fourteen (160 with the 32-byte hash the
 * body id replaced).
 */
const SCAN_ROW_MAX_BYTES = 92;

let scratch: ScratchDatabase;
let db: PrismaClient;
const ids: string[] = [];
let reports: AuditReport[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase('unchanged_rescan');
  db = scratch.db;
}, 120_000);

afterAll(async () => {
  vi.useRealTimers();
  await scratch?.drop();
});

/** The golden scenario's first run: complete reports of eleven domains, with findings and DKIM keys. */
async function firstGoldenReports(): Promise<AuditReport[]> {
  const runs = JSON.parse(await readFile(join(__dirname, 'testing/golden-reports.json'), 'utf8')) as Array<{
    outcomes: Array<{ status: string; report?: AuditReport }>;
  }>;
  return (runs[0]?.outcomes ?? []).flatMap((o) => (o.status === 'complete' && o.report ? [o.report] : []));
}

async function store(ids: string[], reports: AuditReport[], at: string, queries: number) {
  vi.setSystemTime(new Date(at));
  const runId = await createRun(db, ids);
  const results = reports.map((report, i) => {
    const domainId = ids[i] as string;
    const outcome = { status: 'complete' as const, report: { ...report, checkedAt: at, queries } };
    return { domainId, outcome };
  });
  await recordScanResults(runId, results, db);
  await finalizeScanRun(runId, db);
}

const counts = async () => ({
  scans: await db.domainScan.count(),
  dailyStatus: await db.domainDailyStatus.count(),
  reports: await db.scanReport.count(),
  findings: await db.scanReportFinding.count(),
  events: await db.domainEvent.count(),
  dkimKeys: await db.dkimKey.count(),
});

it('a rescan that found the same adds one scan row per domain, no day status, report or finding', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  reports = await firstGoldenReports();
  vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
  for (const report of reports)
    ids.push(
      (await db.$transaction((tx) => registerDomain(tx, { ascii: report.domain, unicode: report.domain })))
        .id,
    );
  await store(ids, reports, '2026-03-01T09:00:00.000Z', 20);
  const first = await counts();
  expect(first.findings).toBeGreaterThan(0);

  // Next day, other checkedAt and query counts: the fields a scan keeps on its own row.
  await store(ids, reports, '2026-03-02T09:00:00.000Z', 21);
  const n = reports.length;
  expect(await counts()).toEqual({ ...first, scans: first.scans + n });

  const [width] = await db.$queryRaw<Array<{ max: number }>>`
    SELECT max(pg_column_size(s.*))::int AS max FROM domain_scans s`;
  expect(width?.max).toBeLessThanOrEqual(SCAN_ROW_MAX_BYTES);
});

it('every scan still lists its report, its findings and its flags, read through the shared body', async () => {
  for (const [i, report] of reports.entries()) {
    const page = { before: null, limit: 5, withReport: true };
    const { rows } = await listDomainScans(systemViewer(), ids[i] as string, page, db);
    const findings = [...new Map(report.findings.map((f) => [f.id, f.severity]))]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, severity]) => ({ id, severity }));
    expect(rows.map((row) => [row.findings, (row.report as AuditReport).queries, row.flags])).toEqual([
      [findings, 21, adoptionFlags(report)],
      [findings, 20, adoptionFlags(report)],
    ]);
  }
  const { rows } = await listDomainScans(
    systemViewer(),
    ids[0] as string,
    { before: null, limit: 1, withReport: false },
    db,
  );
  expect(rows[0]).not.toHaveProperty('report');
  expect(rows[0]?.findings).toHaveLength(new Set(reports[0]?.findings.map((f) => f.id)).size);
});
