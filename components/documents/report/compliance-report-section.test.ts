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
import { systemViewer, viewerOfToken } from '@/lib/auth/viewer';
import type { ProfileDefinition } from '@/lib/compliance/profile-schema';
import { recomputeGroupCompliance } from '@/lib/compliance/recompute-group-compliance';
import { saveCustomProfile } from '@/lib/compliance/save-custom-profile';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { parseDelimited } from '@/lib/import/parse-delimited';
import { getComplianceFigures } from '@/lib/queries/get-compliance-figures';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { generateReport } from '@/lib/reports/generate-report';
import { renderReportCsv } from '@/lib/reports/render-report-csv';
import { renderReportXlsx } from '@/lib/reports/render-report-xlsx';
import { reportInput } from '@/lib/reports/report-input';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { renderReportHtml } from './render-report-html';
import { renderReportPdf } from './render-report-pdf';

/**
 * The adoption report's compliance section (issue 16) on a scratch database: per group and followed
 * profile, the share per requirement at the period end with its change, in every format, with an
 * administrator's profile name and requirement title escaped (HTML, PDF) and neutralised (CSV, XLSX).
 */
const HOSTILE_NAME = '=HYPERLINK("http://evil.example","<b>ours</b>")';
const HOSTILE_TITLE = '+SUM(1+1)<i>dmarc</i>';
const DAYS = ['2026-03-02', '2026-03-09'] as const;
const at = (day: string) => new Date(`${day}T03:00:00Z`);

// ok has everything; late publishes DMARC only in the second week; down's DMARC lookup times out.
const zone = (week: number): MemoryZone => ({
  'ok.crep.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.crep.test' }] },
  '_dmarc.ok.crep.test': { TXT: [['v=DMARC1; p=reject']] },
  'late.crep.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.crep.test' }] },
  '_dmarc.late.crep.test': week === 0 ? {} : { TXT: [['v=DMARC1; p=none']] },
  'down.crep.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.crep.test' }] },
  '_dmarc.down.crep.test': { TXT: 'timeout' },
});

const text = (title: string) => ({
  title: { en: title, ja: title },
  explanation: { en: 'e', ja: 'e' },
  source: 'Internal policy §1',
});
const PROFILE: ProfileDefinition = {
  name: { en: HOSTILE_NAME, ja: HOSTILE_NAME },
  description: { en: 'Ours', ja: '独自' },
  source: { title: 'Internal policy 2026', url: null, published: '2026-01' },
  requirements: [
    { id: 'spf', level: 'must', appliesTo: 'all', check: { kind: 'spf-published' }, ...text('SPF') },
    {
      id: 'dmarc',
      level: 'should',
      appliesTo: 'all',
      check: { kind: 'dmarc-published', inherit: true },
      ...text(HOSTILE_TITLE),
    },
  ],
};

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupId: string;
let otherGroupId: string;
let profileId: string;

async function report(language: 'en' | 'ja' = 'en', to: string = DAYS[1]): Promise<AdoptionReport> {
  const input = reportInput.parse({ scopes: [groupId, otherGroupId], from: DAYS[0], to, language });
  const result = await generateReport(systemViewer(), input, SYSTEM_ACTOR, db);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

beforeAll(async () => {
  scratch = await createScratchDatabase('compliance_report');
  db = scratch.db;
  groupId = (await db.group.create({ data: { name: 'Ministries' } })).id;
  otherGroupId = (await db.group.create({ data: { name: 'Agencies' } })).id;
  const saved = await saveCustomProfile({ definition: PROFILE }, SYSTEM_ACTOR, db);
  if (!saved.ok) throw new Error(saved.code);
  profileId = saved.id;
  await db.groupComplianceProfile.create({ data: { groupId, profileId } });
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (const [week, day] of DAYS.entries()) {
      vi.setSystemTime(at(day));
      if (week === 0)
        for (const ascii of ['ok.crep.test', 'late.crep.test', 'down.crep.test'])
          await db.$transaction(async (tx) => {
            const domain = await registerDomain(tx, { ascii, unicode: ascii, now: at(day) });
            await applyDomainGroups(tx, domain.id, [groupId], at(day));
          });
      const domains = await db.domain.findMany({ select: { id: true, ascii: true } });
      await scanDomains(db, domains, createMemoryResolver(zone(week)));
    }
  } finally {
    vi.useRealTimers();
  }
  await recomputeGroupCompliance(db, [groupId]);
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('the compliance section of a report', () => {
  it('gives each followed profile its share per requirement at the period end and the change', async () => {
    const { compliance } = await report();
    const [ours, other] = compliance?.scopes ?? [];
    expect(other).toEqual({ scope: otherGroupId, profiles: [] });
    expect(ours?.profiles).toHaveLength(1);
    const profile = ours?.profiles[0];
    expect(profile).toMatchObject({ profileId, version: 1, day: DAYS[1], baselineDay: DAYS[0] });
    // The profile as a whole is its one must (SPF): all three, both weeks.
    expect(profile?.whole).toMatchObject({
      current: { adopted: 3, known: 3, percent: 100 },
      changePoints: 0,
    });
    // DMARC (should): week one ok only (down unknown) = 50%; week two ok and late = 100%.
    const dmarc = profile?.requirements.find((r) => r.id === 'dmarc');
    expect(dmarc).toMatchObject({
      level: 'should',
      current: { adopted: 2, known: 2, unknown: 1, percent: 100 },
      notApplicable: 0,
      changePoints: 50,
      previousChangePoints: null,
    });
  });

  it('compares with the previous report of the same selection', async () => {
    const first = await report('en', DAYS[0]);
    const dmarcThen = first.compliance?.scopes[0]?.profiles[0]?.requirements.find((r) => r.id === 'dmarc');
    expect(dmarcThen?.current?.percent).toBe(50);
    const again = await report();
    const dmarc = again.compliance?.scopes[0]?.profiles[0]?.requirements.find((r) => r.id === 'dmarc');
    expect(dmarc?.previousChangePoints).toBe(50);
  });

  it('reads only groups the viewer may see', async () => {
    const scoped = viewerOfToken('00000000-0000-7000-8000-000000000001', 'viewer', [otherGroupId]);
    const figures = await getComplianceFigures(
      scoped,
      { groupIds: [groupId], from: DAYS[0], to: DAYS[1] },
      db,
    );
    expect(figures).toEqual([]);
    const mine = await getComplianceFigures(
      systemViewer(),
      { groupIds: [groupId], from: DAYS[0], to: DAYS[1] },
      db,
    );
    expect(mine.map((f) => f.profileId)).toEqual([profileId]);
  });

  it('is in the CSV and XLSX with profile text neutralised, and escaped in HTML and PDF', async () => {
    const stored = await report('en');
    const csv = parseDelimited(renderReportCsv(stored).toString('utf8')).map((r) => r.cells);
    const dmarcRow = csv.find((r) => r[4] === 'dmarc');
    expect(dmarcRow).toEqual([
      'Ministries',
      `'${HOSTILE_NAME} (v1)`,
      DAYS[1],
      `'${HOSTILE_TITLE}`,
      'dmarc',
      'should',
      '100',
      '2',
      '2',
      '1',
      '0',
      '0', // exempted
      '50',
      '50',
    ]);
    expect(csv.flat()).not.toContain(HOSTILE_TITLE);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(stored)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Compliance');
    const cells = (sheet?.getSheetValues() ?? []).flat();
    expect(cells).toContain(`'${HOSTILE_TITLE}`);
    expect(cells).not.toContain(HOSTILE_TITLE);
    expect(cells).toContain(50);

    const html = renderReportHtml(stored);
    expect(html).toContain('data-testid="report-compliance"');
    expect(html).not.toContain('<i>dmarc</i>');
    expect(html).toContain('&lt;i&gt;dmarc&lt;/i&gt;');

    const dir = await mkdtemp(path.join(tmpdir(), 'kensa-compliance-report-'));
    try {
      await writeFile(path.join(dir, 'r.pdf'), await renderReportPdf(stored));
      const { stdout } = await promisify(execFile)('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-']);
      expect(stdout).toContain('Compliance');
      expect(stdout).toContain('<i>dmarc</i>');
      expect(stdout).toContain('+50.0');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('carries Japanese labels in a Japanese report', async () => {
    const stored = await report('ja');
    const csv = renderReportCsv(stored).toString('utf8');
    expect(csv).toContain('準拠率（%）');
    expect(csv).toContain('推奨');
    expect(renderReportHtml(stored)).toContain('プロファイル全体（必須要件すべて）');
  });
});
