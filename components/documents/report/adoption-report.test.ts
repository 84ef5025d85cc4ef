import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { systemViewer } from '@/lib/auth/viewer';
import { openMemberships } from '@/lib/domains/membership-periods';
import { registerDomain } from '@/lib/domains/register-domain';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { addDays, dayOf } from '@/lib/history/day-of';
import { parseDelimited } from '@/lib/import/parse-delimited';
import { countCurrentFindings } from '@/lib/queries/count-current-findings';
import { getAdoptionSeries } from '@/lib/queries/get-adoption-series';
import { getAdoptionSummary } from '@/lib/queries/get-adoption-summary';
import { getOverview } from '@/lib/queries/get-overview';
import { getReceivedMailSeries } from '@/lib/queries/get-received-mail-series';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { generateReport } from '@/lib/reports/generate-report';
import { getReport } from '@/lib/reports/get-report';
import { renderReportCsv } from '@/lib/reports/render-report-csv';
import { renderReportJson } from '@/lib/reports/render-report-json';
import { renderReportXlsx } from '@/lib/reports/render-report-xlsx';
import { type ReportInputRaw, reportInput } from '@/lib/reports/report-input';
import { KEY_A } from '@/testing/healthy-zone';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { renderReportHtml } from './render-report-html';
import { renderReportPdf } from './render-report-pdf';

const HOSTILE_GROUP = '=HYPERLINK("http://evil.example","<b>click</b>")';
const HOSTILE_FINDING = '@SUM(1+1)*cmd|/C calc!A0';
const DAY_MS = 86_400_000;

// alpha: SPF, DMARC p=reject, DKIM; beta: SPF only; gamma: an MX and nothing else.
const zone = (later: boolean): MemoryZone => ({
  'alpha.rep.test': {
    TXT: [['v=spf1 ip4:192.0.2.0/24 -all']],
    MX: [{ preference: 10, exchange: 'mx.rep.test' }],
  },
  'beta.rep.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.rep.test' }] },
  'gamma.rep.test': {
    MX: [{ preference: 10, exchange: 'mx.rep.test' }],
    ...(later ? { TXT: [['v=spf1 -all']] } : {}),
  },
  'mx.rep.test': { A: ['192.0.2.25'] },
  's1._domainkey.alpha.rep.test': { TXT: [[`v=DKIM1; k=ed25519; p=${KEY_A}`]] },
  // Later, alpha loses its DMARC record and beta publishes one: one regression, one improvement.
  ...(later
    ? { '_dmarc.beta.rep.test': { TXT: [['v=DMARC1; p=reject']] } }
    : { '_dmarc.alpha.rep.test': { TXT: [['v=DMARC1; p=reject']] } }),
});

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupId: string;
const today = dayOf(new Date());
const start = addDays(today, -2);

async function scanOn(daysAgo: number, later: boolean, domains: Array<{ id: string; ascii: string }>) {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - daysAgo * DAY_MS });
  try {
    await scanDomains(db, domains, createMemoryResolver(zone(later)));
  } finally {
    vi.useRealTimers();
  }
}

beforeAll(async () => {
  scratch = await createScratchDatabase('reports');
  db = scratch.db;
  // getOverview and countCurrentFindings read through the shared client: point it at this database.
  process.env.DATABASE_URL = scratch.url;
  const group = await db.group.create({ data: { name: HOSTILE_GROUP } });
  groupId = group.id;
  const registered = new Date(Date.now() - 2 * DAY_MS);
  const domains = await db.$transaction(async (tx) => {
    const out = [];
    for (const name of ['alpha', 'beta', 'gamma']) {
      out.push(
        await registerDomain(tx, { ascii: `${name}.rep.test`, unicode: `${name}.rep.test`, now: registered }),
      );
    }
    for (const d of out.slice(0, 2)) await openMemberships(tx, d.id, [group.id], start);
    return out;
  });
  await scanOn(2, false, domains);
  await scanOn(1, false, domains);
  // delta joins today: the registered view counts it at the end, the cohort of the period does not.
  const delta = await db.$transaction((tx) =>
    registerDomain(tx, { ascii: 'delta.rep.test', unicode: 'delta.rep.test' }),
  );
  await scanOn(0, true, [...domains, delta]);
  const alpha = await db.domainCurrentState.findUniqueOrThrow({ where: { domainId: domains[0]?.id } });
  const { storedReport } = await db.domainScan.findUniqueOrThrow({
    where: { runNumber_domainId: { runNumber: alpha.lastRunNumber ?? 0, domainId: alpha.domainId } },
    select: { storedReport: { select: { hash: true } } },
  });
  await db.scanReportFinding.create({
    data: {
      reportHash: storedReport?.hash as Uint8Array<ArrayBuffer>,
      findingId: HOSTILE_FINDING,
      severity: 'error',
    },
  });
  // Received mail: carrier A from the period start, carrier B today; alpha is the group's, other not.
  const [mailA, mailB] = await Promise.all(
    ['Carrier A', 'Carrier B'].map((name) =>
      db.mailSource.create({ data: { name, trustedAuthservIds: ['mx.rep.test'] } }),
    ),
  );
  const aggregate = (
    sourceId: string | undefined,
    day: string,
    senderDomain: string,
    spf: string,
    messages: number,
  ) => ({
    sourceId: sourceId ?? '',
    day: new Date(`${day}T00:00:00Z`),
    senderDomain,
    spf,
    dkim: spf === 'pass' ? 'pass' : 'none',
    dmarc: spf === 'pass' ? 'pass' : 'none',
    messages,
  });
  await db.mailDailyAggregate.createMany({
    data: [
      aggregate(mailA?.id, start, 'alpha.rep.test', 'pass', 3),
      aggregate(mailA?.id, today, 'other.example', 'fail', 1),
      aggregate(mailB?.id, today, 'alpha.rep.test', 'none', 1),
    ],
  });
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const selection = (to: string): ReportInputRaw => ({
  scopes: [groupId, 'all'],
  from: start,
  to,
  view: 'registered',
  granularity: 'day',
  language: 'ja',
});

async function generate(to: string): Promise<{ id: string; report: AdoptionReport }> {
  const result = await generateReport(systemViewer(), reportInput.parse(selection(to)), SYSTEM_ACTOR, db);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('an adoption report', () => {
  let first: { id: string; report: AdoptionReport };
  let second: { id: string; report: AdoptionReport };

  beforeAll(async () => {
    first = await generate(addDays(today, -1));
    second = await generate(today);
  });

  it('carries the dashboard figures for the selection', async () => {
    const { report } = second;
    for (const scope of [groupId, 'all']) {
      const summary = await getAdoptionSummary(
        systemViewer(),
        { scope, from: start, to: today, compare: 'start' },
        db,
      );
      const inReport = report.scopes.find((s) => s.scope === scope);
      expect(inReport?.day).toBe(today);
      for (const metric of ADOPTION_METRICS) {
        expect(inReport?.metrics[metric].current).toEqual(summary.metrics[metric].current);
        expect(inReport?.metrics[metric].changePoints).toBe(summary.metrics[metric].changePoints);
      }
    }
    const overview = await getOverview(systemViewer(), {
      scopes: [groupId, 'all'],
      metric: 'spfPublished',
      granularity: 'day',
      view: 'registered',
      to: today,
      chart: 'line',
    });
    for (const summary of overview.summaries) {
      const inReport = report.scopes.find((s) => s.scope === summary.scope);
      for (const metric of ADOPTION_METRICS)
        expect(inReport?.metrics[metric].current).toEqual(summary.metrics[metric].current);
    }
    const series = await getAdoptionSeries(
      systemViewer(),
      { scopes: [groupId, 'all'], from: start, to: today },
      db,
    );
    expect(report.trend.map((s) => s.points.map((p) => p.metrics))).toEqual(
      series.map((s) => s.points.map((p) => p.metrics)),
    );
    expect(report.trend[0]?.points).toHaveLength(3);
  });

  it('in the cohort view counts only the domains present for the whole period, like the dashboard', async () => {
    const result = await generateReport(
      systemViewer(),
      reportInput.parse({ ...selection(today), view: 'cohort' }),
      SYSTEM_ACTOR,
      db,
    );
    if (!result.ok) throw new Error(result.error);
    for (const scope of [groupId, 'all']) {
      const summary = await getAdoptionSummary(
        systemViewer(),
        { scope, from: start, to: today, view: 'cohort' },
        db,
      );
      const inReport = result.report.scopes.find((s) => s.scope === scope);
      for (const metric of ADOPTION_METRICS)
        expect(inReport?.metrics[metric].current).toEqual(summary.metrics[metric].current);
      expect(result.report.findings.withResult[scope]).toBe(summary.metrics.spfPublished.current?.known);
    }
    expect(result.report.findings.withResult.all).toBe(3);
    // A cohort report is another selection: it does not take the registered view's report as previous.
    expect(result.report.previous).toBeNull();
  });

  it('counts the findings at the period end as the current state does, and lists changed domains', async () => {
    const { findings, changes } = second.report;
    const current = await countCurrentFindings(systemViewer());
    // The hostile row was written straight into scan_report_findings, behind the current state's back.
    for (const row of findings.rows.filter((r) => r.findingId !== HOSTILE_FINDING))
      expect(row.domains.all ?? 0).toBe(current.find((c) => c.findingId === row.findingId)?.domains ?? 0);
    for (const scope of second.report.scopes)
      expect(findings.withResult[scope.scope]).toBe(scope.metrics.spfPublished.current?.known);
    expect(findings.withResult.all).toBe(4);
    expect(findings.rows.map((r) => r.findingId)).toContain(HOSTILE_FINDING);
    expect(changes.regressed.rows).toEqual([
      { domain: 'alpha.rep.test', scopes: [groupId, 'all'], metrics: ['dmarcPublished', 'dmarcEnforcing'] },
    ]);
    expect(changes.improved.rows).toEqual([
      { domain: 'beta.rep.test', scopes: [groupId, 'all'], metrics: ['dmarcPublished', 'dmarcEnforcing'] },
      { domain: 'gamma.rep.test', scopes: ['all'], metrics: ['spfPublished', 'spfValid'] },
    ]);
    expect(first.report.changes.regressed.total).toBe(0);
  });

  it('states the change since the previous report of the same selection', async () => {
    expect(first.report.previous).toBeNull();
    expect(second.report.previous).toMatchObject({ id: first.id, periodEnd: addDays(today, -1) });
    const all = second.report.scopes.find((s) => s.scope === 'all');
    // SPF published: 2 of 3 domains at the first report's end, 3 of 4 now.
    expect(all?.metrics.spfPublished.previousPercent).toBeCloseTo(200 / 3, 10);
    expect(all?.metrics.spfPublished.previousChangePoints).toBeCloseTo(75 - 200 / 3, 10);
    const stored = await getReport(systemViewer(), second.id, db);
    expect(stored?.content).toEqual(second.report);
  });

  it('gives the same numbers in JSON, CSV, XLSX and PDF', async () => {
    const { report } = second;
    expect(JSON.parse(renderReportJson(report).toString('utf8'))).toEqual(report);

    const csvText = renderReportCsv(report).toString('utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(csvText).toContain('\r\n');
    const csv = parseDelimited(csvText).map((r) => r.cells);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(report)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('概要');
    const sheetRows = (sheet?.getSheetValues() ?? []).slice(2) as unknown[][];
    for (const summary of report.scopes) {
      for (const metric of ADOPTION_METRICS) {
        const current = summary.metrics[metric].current;
        // SMTP probing is off (and DNSSEC/DANE are not in this audit): unknown for every domain.
        if (metric === 'starttlsOffered') expect(current).toMatchObject({ known: 0, percent: null });
        const percent = current?.percent == null ? '' : String(Math.round(current.percent * 100) / 100);
        const csvRow = csv.find(
          (r) => r[1] === messageOf(metric) && r[2] === today && sameScope(r[0], summary.scope),
        );
        expect(csvRow?.slice(3, 7)).toEqual([
          percent,
          String(current?.adopted),
          String(current?.known),
          String(current?.unknown),
        ]);
        const xlsxRow = sheetRows.find(
          (r) => r[2] === messageOf(metric) && sameScope(String(r[1]), summary.scope),
        );
        expect(xlsxRow?.slice(4, 8)).toEqual([
          current?.percent ?? undefined,
          current?.adopted,
          current?.known,
          current?.unknown,
        ]);
      }
    }

    const dir = await mkdtemp(path.join(tmpdir(), 'kensa-report-'));
    try {
      await writeFile(path.join(dir, 'r.pdf'), await renderReportPdf(report));
      const { stdout } = await promisify(execFile)('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-']);
      expect(stdout).toContain('期間末の導入状況');
      expect(stdout).toContain('送信ドメイン認証技術の導入状況');
      const all = report.scopes.find((s) => s.scope === 'all');
      // 3 of 4 domains publish SPF (75.00%, +8.33 points since 2 of 3), 1 of 4 DMARC (25.00%).
      expect(all?.metrics.dmarcPublished.current).toMatchObject({ adopted: 1, known: 4 });
      expect(stdout).toMatch(/75\.00%\s+3\s*\/\s*4/);
      expect(stdout).toMatch(/25\.00%\s+1\s*\/\s*4/);
      expect(stdout).toContain('+8.33');
      // STARTTLS (probing off) says "not measured", not 0%.
      expect(stdout).toMatch(/STARTTLS\s+未計測/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('carries the received-mail series of its selection over its period, in every format', async () => {
    const { report } = second;
    const range = { by: 'week', from: start, to: today } as const;
    // All registered domains are chosen: every sender counts; the group alone: alpha's mail only.
    const every = await getReceivedMailSeries(systemViewer(), { ...range, scopes: [groupId, 'all'] });
    expect(report.receivedMail).toEqual({ by: 'week', periods: every.periods });
    expect(every.periods.reduce((n, p) => n + p.messages.total, 0)).toBe(5);
    expect(every.periods.at(-1)?.sources).toBe(2);
    const group = await getReceivedMailSeries(systemViewer(), { ...range, scopes: [groupId] });
    expect(group.periods.reduce((n, p) => n + p.messages.total, 0)).toBe(4);

    const csv = parseDelimited(renderReportCsv(report).toString('utf8')).map((r) => r.cells);
    expect(csv.flat().some((cell) => cell.startsWith('受信メール ('))).toBe(true);
    const last = every.periods.at(-1);
    expect(csv.find((r) => r[0] === last?.start)?.slice(1, 4)).toEqual([
      '2',
      last?.breakBefore ? '系列の切れ目（提供元の変更）' : '',
      String(last?.messages.total),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(report)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('受信メール');
    expect(sheet?.getColumn(1).values).toContain(last?.start);
    expect(renderReportHtml(report)).toContain('data-testid="report-received-mail"');
  });

  it('neutralises text from users and DNS in CSV and XLSX, and escapes it in HTML', async () => {
    const { report } = second;
    const csv = parseDelimited(renderReportCsv(report).toString('utf8')).map((r) => r.cells);
    const cells = csv.flat();
    expect(cells).toContain(`'${HOSTILE_GROUP}`);
    expect(cells).toContain(`'${HOSTILE_FINDING}`);
    // Negative numbers (changes in points) are numbers, not text: Excel reads them as such.
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-\d+(\.\d+)?$/.test(c))).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(report)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    expect(texts).toContain(`'${HOSTILE_GROUP}`);
    expect(texts.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);

    const html = renderReportHtml(report);
    expect(html).not.toContain('<b>click</b>');
    expect(html).toContain('&lt;b&gt;click&lt;/b&gt;');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ja">/);
  });
});

const messageOf = (metric: string) =>
  ({
    spfPublished: 'SPF 設定',
    spfValid: 'SPF 有効',
    dkimPublished: 'DKIM 設定',
    dmarcPublished: 'DMARC 設定',
    dmarcEnforcing: 'DMARC 強制（quarantine/reject）',
    adspPublished: 'ADSP 設定',
    senderIdPublished: 'Sender ID 設定',
    nullMx: 'Null MX',
    mtaStsEnforcing: 'MTA-STS 強制（enforce）',
    tlsRptPublished: 'TLS-RPT 設定',
    bimiPublished: 'BIMI 設定',
    dnssecSigned: 'DNSSEC 署名',
    daneOnMx: 'MX の DANE',
    starttlsOffered: 'STARTTLS',
  })[metric];

const sameScope = (cell: string | undefined, scope: string) =>
  scope === 'all' ? cell === '登録済みの全ドメイン' : cell === `'${HOSTILE_GROUP}`;
