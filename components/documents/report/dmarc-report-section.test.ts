import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { systemViewer, type Viewer, viewerOfToken } from '@/lib/auth/viewer';
import { recordDmarcReport } from '@/lib/dmarc/record-dmarc-report';
import { setSourceApproval } from '@/lib/dmarc/set-source-approval';
import { parseDelimited } from '@/lib/import/parse-delimited';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { generateReport } from '@/lib/reports/generate-report';
import { renderReportCsv } from '@/lib/reports/render-report-csv';
import { renderReportXlsx } from '@/lib/reports/render-report-xlsx';
import { reportInput } from '@/lib/reports/report-input';
import { sampleRecord, sampleReport } from '@/testing/dmarc-report/sample-report';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { renderReportHtml } from './render-report-html';
import { renderReportPdf } from './render-report-pdf';

/**
 * The adoption report's DMARC section (issue 14) on a scratch database: per group, what the group
 * page reads — reporters, messages, pass rates, sources with approval, unapproved sources, domains
 * without reports — only what the viewer may see, in every format, with text from reports escaped
 * (HTML, PDF) and neutralised (CSV, XLSX).
 */
const HOSTILE_REPORTER = '=HYPERLINK("http://evil.example","<script>alert(1)</script>")';
const HOSTILE_PTR = '@SUM(1+1)<b>x</b>.evil.example';
const resolver = createMemoryResolver({
  '7.100.51.198.in-addr.arpa': { PTR: [HOSTILE_PTR] },
  '1.2.0.192.in-addr.arpa': { PTR: ['mail-1.rep-dmarc.test'] },
});
const deps = (db: PrismaClient) => ({ db, resolver, timeZone: 'Asia/Tokyo' });

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupA: string;
let groupB: string;
let domainA1: string;
let scopedToA: Viewer;

async function domainIn(ascii: string, groupId: string): Promise<string> {
  const domain = await db.domain.create({ data: { ascii, unicode: ascii } });
  await db.domainGroup.create({ data: { domainId: domain.id, groupId, sinceDay: new Date('2026-01-01') } });
  return domain.id;
}

async function report(
  viewer: Viewer,
  scopes: string[],
  language: 'ja' | 'en' = 'ja',
): Promise<AdoptionReport> {
  const input = reportInput.parse({ scopes, from: '2026-11-01', to: '2026-11-30', language });
  const result = await generateReport(viewer, input, SYSTEM_ACTOR, db);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

beforeAll(async () => {
  scratch = await createScratchDatabase('dmarc_report_section');
  db = scratch.db;
  groupA = (await db.group.create({ data: { name: 'DMARC A' } })).id;
  groupB = (await db.group.create({ data: { name: 'DMARC B' } })).id;
  scopedToA = viewerOfToken('00000000-0000-7000-8000-000000000001', 'viewer', [groupA]);
  domainA1 = await domainIn('a1.rep-dmarc.test', groupA);
  await domainIn('a2.rep-dmarc.test', groupA);
  await domainIn('silent.rep-dmarc.test', groupA);
  await domainIn('b1.rep-dmarc.test', groupB);
  const forged = { dkimAligned: 'fail' as const, spfAligned: 'fail' as const, dkim: [], spf: [] };
  const store = (
    orgName: string,
    reportId: string,
    policyDomain: string,
    records: ReturnType<typeof sampleRecord>[],
    end = '2026-11-20T23:59:59Z',
  ) =>
    recordDmarcReport(
      { userId: null, label: 'tester' },
      sampleReport(
        { orgName, reportId, policyDomain, begin: end.replace('23:59:59', '00:00:00'), end },
        records,
      ),
      { route: 'api', label: `${reportId}.xml` },
      deps(db),
    );
  await store(HOSTILE_REPORTER, 'h-1', 'a1.rep-dmarc.test', [
    sampleRecord({ sourceIp: '192.0.2.1', count: 100, headerFrom: 'a1.rep-dmarc.test' }),
    sampleRecord({ sourceIp: '198.51.100.7', count: 30, ...forged, headerFrom: 'a1.rep-dmarc.test' }),
  ]);
  await store('google.com', 'g-1', 'a2.rep-dmarc.test', [
    sampleRecord({ sourceIp: '192.0.2.1', count: 60, spfAligned: 'fail', headerFrom: 'a2.rep-dmarc.test' }),
    sampleRecord({ sourceIp: '198.51.100.7', count: 10, ...forged, headerFrom: 'a2.rep-dmarc.test' }),
  ]);
  // Outside the period (ends in December): not counted.
  await store(
    'google.com',
    'g-2',
    'a2.rep-dmarc.test',
    [sampleRecord({ count: 999 })],
    '2026-12-02T23:59:59Z',
  );
  // Group B's: never seen by a viewer limited to group A.
  await store('outlook.com', 'o-1', 'b1.rep-dmarc.test', [
    sampleRecord({ sourceIp: '203.0.113.9', count: 5000 }),
  ]);
  await setSourceApproval(
    { userId: null, label: 'tester' },
    { domainId: domainA1, sourceIp: '192.0.2.1', approved: true },
    db,
  );
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('the DMARC section of a report', () => {
  it('adds up each group’s reports over the period with sources and approval', async () => {
    const { dmarcReports } = await report(systemViewer(), [groupA, groupB]);
    const a = dmarcReports?.scopes.find((s) => s.scope === groupA);
    expect(a).toMatchObject({
      reports: 2,
      organisations: 2,
      messages: 200,
      dmarcPass: 160,
      spfAligned: 100,
      dkimAligned: 160,
      sources: 2,
      // 192.0.2.1 is approved for a1 only, not for a2 it also sent as: unapproved for the group.
      unapprovedSources: 2,
      withoutReports: { total: 1, domains: ['silent.rep-dmarc.test'] },
    });
    expect(a?.reporters).toEqual([
      { name: HOSTILE_REPORTER, reports: 1, messages: 130 },
      { name: 'google.com', reports: 1, messages: 70 },
    ]);
    expect(a?.topSources.map((s) => [s.ip, s.messages, s.reverseName])).toEqual([
      ['192.0.2.1', 160, 'mail-1.rep-dmarc.test'],
      ['198.51.100.7', 40, HOSTILE_PTR],
    ]);
    const b = dmarcReports?.scopes.find((s) => s.scope === groupB);
    expect(b).toMatchObject({ reports: 1, messages: 5000, withoutReports: { total: 0, domains: [] } });
  });

  it('shows a viewer limited to groups only their groups’ reports, and all domains only theirs', async () => {
    const { dmarcReports } = await report(scopedToA, [groupA]);
    expect(dmarcReports?.scopes.map((s) => [s.scope, s.messages])).toEqual([[groupA, 200]]);
    // Unscoped 'all' counts every domain: group B's 5,000 too, and the approval now holds for a1.
    const all = (await report(systemViewer(), ['all'])).dmarcReports?.scopes[0];
    expect(all).toMatchObject({ scope: 'all', reports: 3, messages: 5200, sources: 3 });
    const scopedAll = await generateReport(
      scopedToA,
      reportInput.parse({ scopes: ['all'], from: '2026-11-01', to: '2026-11-30' }),
      SYSTEM_ACTOR,
      db,
    );
    expect(scopedAll.ok).toBe(false);
  });

  it('is in the CSV and XLSX with text from reports neutralised, and escaped in HTML and PDF', async () => {
    const stored = await report(systemViewer(), [groupA], 'en');
    const csv = parseDelimited(renderReportCsv(stored).toString('utf8')).map((r) => r.cells);
    const reporterRow = csv.find((r) => r[1] === `'${HOSTILE_REPORTER}`);
    expect(reporterRow).toEqual(['DMARC A', `'${HOSTILE_REPORTER}`, '1', '130']);
    expect(csv.some((r) => r.includes(`'${HOSTILE_PTR}`))).toBe(true);
    expect(csv.flat()).not.toContain(HOSTILE_REPORTER);
    const summary = csv.find((r) => r[0] === 'DMARC A' && r[1] === '2');
    expect(summary).toEqual(['DMARC A', '2', '2', '200', '80', '50', '80', '2', '2', '1']);
    expect(csv.some((r) => r[1] === 'silent.rep-dmarc.test')).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(stored)) as unknown as ArrayBuffer);
    const reporters = workbook.getWorksheet('DMARC reporters');
    const cells = (reporters?.getSheetValues() ?? []).flat().filter((v) => typeof v === 'string');
    expect(cells).toContain(`'${HOSTILE_REPORTER}`);
    expect(cells).not.toContain(HOSTILE_REPORTER);
    const sources = workbook.getWorksheet('DMARC unapproved sources');
    const sourceCells = (sources?.getSheetValues() ?? []).flat();
    expect(sourceCells).toContain(`'${HOSTILE_PTR}`);
    expect(sourceCells).toContain(40);

    const html = renderReportHtml(stored);
    expect(html).toContain('data-testid="report-dmarc"');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const dir = await mkdtemp(path.join(tmpdir(), 'kensa-dmarc-report-'));
    try {
      await writeFile(path.join(dir, 'r.pdf'), await renderReportPdf(stored));
      const { stdout } = await promisify(execFile)('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-']);
      expect(stdout).toContain('DMARC reporters');
      expect(stdout).toContain('<script>alert(1)</script>');
      expect(stdout).toContain('silent.rep-dmarc.test');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('carries Japanese labels in a Japanese report', async () => {
    const stored = await report(systemViewer(), [groupA], 'ja');
    const csv = renderReportCsv(stored).toString('utf8');
    expect(csv).toContain('DMARC 報告組織');
    expect(csv).toContain('DMARC 未承認の送信元');
    expect(renderReportHtml(stored)).toContain('レポートのないドメイン数');
  });
});
