/**
 * A rescan finds its stored report bodies by the SHA-256 of the JSON text the worker made of them
 * (scan_reports.text_key) and sends only the bodies not found (lib/scans/claim-scan-results.ts);
 * the body's identity stays its content hash, so a missing or stale key costs a parse, never a copy.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { registerDomain } from '@/lib/domains/register-domain';
import { createRun } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { recordScanResults } from './record-scan-results';

let scratch: ScratchDatabase;
let db: PrismaClient;
let reports: AuditReport[] = [];
const ids: string[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase('report_text_keys');
  db = scratch.db;
  const runs = JSON.parse(
    await readFile(join(__dirname, '../history/testing/golden-reports.json'), 'utf8'),
  ) as Array<{ outcomes: Array<{ status: string; report?: AuditReport }> }>;
  reports = (runs[0]?.outcomes ?? []).flatMap((o) => (o.status === 'complete' && o.report ? [o.report] : []));
  for (const report of reports) {
    const domain = await db.$transaction((tx) =>
      registerDomain(tx, { ascii: report.domain, unicode: report.domain }),
    );
    ids.push(domain.id);
  }
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

async function scan(bodies: AuditReport[]) {
  const runId = await createRun(db, ids);
  const results = bodies.map((report, i) => ({
    domainId: ids[i] as string,
    outcome: { status: 'complete' as const, report },
  }));
  await recordScanResults(runId, results, db);
  return runId;
}

/** The report body each domain's scan of the run references, in domain order. */
async function bodiesOf(runId: string): Promise<bigint[]> {
  const scans = await db.domainScan.findMany({
    where: { run: { id: runId } },
    select: { domainId: true, reportId: true },
  });
  const byDomain = new Map(scans.map((s) => [s.domainId, s.reportId]));
  return ids.map((id) => byDomain.get(id) as bigint);
}

/** Two bodies exchange their text keys (through NULL: the keys are unique). */
async function swapKeys(a: bigint, b: bigint) {
  const rows = await db.scanReport.findMany({
    where: { id: { in: [a, b] } },
    select: { id: true, textKey: true },
  });
  const keyOf = new Map(rows.map((row) => [row.id, row.textKey]));
  await db.scanReport.updateMany({ where: { id: { in: [a, b] } }, data: { textKey: null } });
  await db.scanReport.update({ where: { id: a }, data: { textKey: keyOf.get(b) ?? null } });
  await db.scanReport.update({ where: { id: b }, data: { textKey: keyOf.get(a) ?? null } });
}

it('a first scan stores each body with the key of the text the worker sent', async () => {
  const first = await bodiesOf(await scan(reports));
  const keyed = await db.scanReport.count({ where: { id: { in: first }, textKey: { not: null } } });
  expect(keyed).toBe(new Set(first).size);
});

it('a rescan finds its bodies by key, without sending them: a body found by key is the one referenced', async () => {
  const before = await bodiesOf(await scan(reports));
  const [a, b] = before as [bigint, bigint];
  expect(a).not.toBe(b);
  // Swap two bodies' keys: if the bodies were sent, their content would find each its own row.
  await swapKeys(a, b);
  const after = await bodiesOf(await scan(reports));
  expect(after.slice(0, 2)).toEqual([b, a]);
  expect(after.slice(2)).toEqual(before.slice(2));
  // Put the keys back for the tests below.
  await swapKeys(a, b);
});

it('a body stored before keys existed is found by content, gets its key, and is not stored twice', async () => {
  const stored = await db.scanReport.count();
  await db.$executeRaw`UPDATE scan_reports SET text_key = NULL`;
  const before = await bodiesOf(await scan(reports));
  expect(await db.scanReport.count()).toBe(stored);
  expect(await db.scanReport.count({ where: { textKey: null } })).toBe(0);
  expect(await bodiesOf(await scan(reports))).toEqual(before);
});

it('the same content printed in another key order is the same body, now found by the new text', async () => {
  const stored = await db.scanReport.count();
  const findings = await db.scanReportFinding.count();
  const before = await bodiesOf(await scan(reports));
  const reordered = reports.map(
    (report) => Object.fromEntries(Object.entries(report).reverse()) as unknown as AuditReport,
  );
  expect(JSON.stringify(reordered[0])).not.toBe(JSON.stringify(reports[0]));
  expect(await bodiesOf(await scan(reordered))).toEqual(before);
  expect(await bodiesOf(await scan(reordered))).toEqual(before);
  expect(await db.scanReport.count()).toBe(stored);
  expect(await db.scanReportFinding.count()).toBe(findings);
});
