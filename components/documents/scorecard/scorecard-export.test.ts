import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { recordDmarcReport } from '@/lib/dmarc/record-dmarc-report';
import { registerDomain } from '@/lib/domains/register-domain';
import { buildScorecardExport } from '@/lib/exports/build-scorecard-export';
import { scorecardExportSchema } from '@/lib/exports/scorecard-export-schema';
import { computeGrade } from '@/lib/findings/compute-grade';
import { lastDays } from '@/lib/queries/dmarc-report-target';
import { type DmarcView, getDmarcView } from '@/lib/queries/get-dmarc-view';
import { type DomainScorecard, getDomainScorecard } from '@/lib/queries/get-domain-scorecard';
import { sampleRecord, sampleReport } from '@/testing/dmarc-report/sample-report';
import { KEY_A } from '@/testing/healthy-zone';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { renderScorecardHtml, renderScorecardPdf } from './render-scorecard-pdf';

const HOSTILE_SPF = 'v=spf1 <script>alert(1)</script> -all';
const HOSTILE_NOTE = '=HYPERLINK("http://evil.example")';
const LONG_SENDER_ID = `spf2.0/pra ${'ip4:192.0.2.1 '.repeat(300)}-all`;

// A domain whose SPF record carries markup, with an Ed25519 key, DMARC p=none and a 4 kB Sender ID record.
const zone: MemoryZone = {
  'score.exp.test': {
    TXT: [[HOSTILE_SPF], [LONG_SENDER_ID]],
    MX: [{ preference: 10, exchange: 'mx.score.exp.test' }],
  },
  'mx.score.exp.test': { A: ['192.0.2.25'] },
  '_dmarc.score.exp.test': { TXT: [['v=DMARC1; p=none; rua=mailto:d@score.exp.test']] },
  's1._domainkey.score.exp.test': { TXT: [[`v=DKIM1; k=ed25519; p=${KEY_A}`]] },
};

let scratch: ScratchDatabase;
let scorecard: DomainScorecard;
let neverScanned: DomainScorecard;
let dmarc: DmarcView;
/** A reverse name with markup: PTR data is whatever the address's owner publishes. */
const HOSTILE_PTR = '<b>x</b>.evil.example';

beforeAll(async () => {
  scratch = await createScratchDatabase('scorecard_export');
  const db: PrismaClient = scratch.db;
  // getDomainScorecard reads through lib/db's process-wide client, kept on globalThis.kensaPrisma.
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  const domain = await db.$transaction((tx) =>
    registerDomain(tx, {
      ascii: 'score.exp.test',
      unicode: 'score.exp.test',
      selectors: ['s1'],
      notes: HOSTILE_NOTE,
      tags: ['@ministry'],
    }),
  );
  await scanDomains(db, [domain], createMemoryResolver(zone));
  scorecard = (await getDomainScorecard(systemViewer(), domain.id)) as DomainScorecard;
  // One report ending yesterday, so it is in the last 30 days whenever the test runs.
  const end = new Date(Date.now() - 86_400_000);
  const begin = new Date(end.getTime() - 86_399_000);
  await recordDmarcReport(
    { userId: null, label: 'tester' },
    sampleReport(
      {
        reportId: 'score-1',
        policyDomain: 'score.exp.test',
        begin: begin.toISOString(),
        end: end.toISOString(),
      },
      [
        sampleRecord({ sourceIp: '203.0.113.5', count: 40, headerFrom: 'score.exp.test' }),
        sampleRecord({
          sourceIp: '198.51.100.9',
          count: 7,
          headerFrom: 'score.exp.test',
          spfAligned: 'fail',
          dkimAligned: 'fail',
          dkim: [],
          spf: [{ domain: 'score.exp.test', scope: 'mfrom', result: 'fail' }],
        }),
      ],
    ),
    { route: 'api', label: 'score' },
    {
      resolver: createMemoryResolver({ '5.113.0.203.in-addr.arpa': { PTR: [HOSTILE_PTR] } }),
      timeZone: 'UTC',
    },
  );
  dmarc = (await getDmarcView(systemViewer(), { kind: 'domain', id: domain.id }, lastDays(30))) as DmarcView;
  const fresh = await db.$transaction((tx) =>
    registerDomain(tx, { ascii: 'xn--r8jz45g.exp.test', unicode: '例え.exp.test' }),
  );
  neverScanned = (await getDomainScorecard(systemViewer(), fresh.id)) as DomainScorecard;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('scorecard export', () => {
  it('JSON is what getDomainScorecard read, validated by the documented schema', () => {
    const report = scorecard.report;
    if (!report) throw new Error('the fixture domain has a report');
    const now = new Date('2026-11-28T03:00:00Z');
    const data = scorecardExportSchema.parse(buildScorecardExport(scorecard, dmarc, 'en', now));
    expect(data.domain).toEqual({
      id: scorecard.id,
      ascii: 'score.exp.test',
      unicode: 'score.exp.test',
      parked: false,
      tags: ['@ministry'],
      selectors: ['s1'],
      notes: HOSTILE_NOTE,
      groups: [],
    });
    expect(data.scan).toMatchObject({
      lastScanAt: scorecard.state?.lastScanAt?.toISOString(),
      status: report.status,
      stale: false,
    });
    const graded = computeGrade(report.findings);
    expect(data.grade?.grade).toBe(graded.grade);
    expect(data.grade?.reasons.map((r) => r.id)).toEqual(graded.reasons.map((r) => r.id));
    expect(data.records?.spf).toEqual([HOSTILE_SPF]);
    expect(data.records?.senderId).toEqual([LONG_SENDER_ID]);
    expect(data.records?.dmarc).toBe('v=DMARC1; p=none; rua=mailto:d@score.exp.test');
    expect(data.dmarc?.policy?.p).toBe('none');
    expect(data.spf?.lookups).toBe(report.spf?.lookups);
    expect(data.dkim.published.map((k) => k.selector).sort()).toEqual(
      (report.dkim?.keys ?? []).map((k) => k.selector).sort(),
    );
    expect(data.dkim.history).toHaveLength(scorecard.dkimKeys.length);
    expect(data.findings.map((f) => f.id).sort()).toEqual(report.findings.map((f) => f.id).sort());
    const policyNone = data.findings.find((f) => f.id === 'dmarc.policy-none');
    expect(policyNone).toMatchObject({ severity: 'warning', rfc: expect.stringMatching(/^RFC 7489/) });
    expect(policyNone?.remediation.length).toBeGreaterThan(20);
    expect(data.dmarcReports).toMatchObject({
      reports: 1,
      messages: 47,
      dmarcPass: 40,
      dmarcFail: 7,
      wouldBeRejected: 7,
      wouldBeRejectedApproved: 0,
    });
    expect(data.dmarcReports?.sources).toEqual([
      expect.objectContaining({ ip: '203.0.113.5', reverseName: HOSTILE_PTR, messages: 40, approved: false }),
      expect.objectContaining({ ip: '198.51.100.9', messages: 7, spfAligned: 0, dkimAligned: 0 }),
    ]);
    const ja = buildScorecardExport(scorecard, dmarc, 'ja', now);
    expect(ja.findings.find((f) => f.id === 'dmarc.policy-none')?.title).toMatch(
      /[\u3040-\u30ff\u4e00-\u9fff]/,
    );
  });

  it('a domain never scanned has no grade, records or findings, and says so', () => {
    const data = scorecardExportSchema.parse(buildScorecardExport(neverScanned, null, 'ja'));
    expect(data).toMatchObject({
      domain: { ascii: 'xn--r8jz45g.exp.test', unicode: '例え.exp.test' },
      scan: { lastScanAt: null, status: null, stale: false },
      grade: null,
      records: null,
      spf: null,
      findings: [],
    });
    const html = renderScorecardHtml(data);
    expect(html).toContain('このドメインはまだ検査されていません。');
    expect(html).toContain('xn--r8jz45g.exp.test');
  });

  it('HTML escapes DNS text and cuts very long records', () => {
    const html = renderScorecardHtml(buildScorecardExport(scorecard, dmarc, 'ja'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(LONG_SENDER_ID.slice(0, 2_000));
    expect(html).not.toContain(LONG_SENDER_ID.slice(0, 2_001));
    expect(html).toContain(`…（全 ${LONG_SENDER_ID.length} 文字）`);
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('DMARC 集計レポート');
    expect(html).not.toContain(HOSTILE_PTR);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;.evil.example');
    expect(html).toContain('p=reject にした場合の拒否数');
  });

  it('PDF shows the domain, the grade, a Japanese heading, and markup from DNS as text', async () => {
    const data = buildScorecardExport(scorecard, dmarc, 'ja');
    const dir = await mkdtemp(path.join(tmpdir(), 'kensa-scorecard-'));
    try {
      const file = path.join(dir, 's.pdf');
      await writeFile(file, await renderScorecardPdf(data));
      const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
      expect(stdout).toContain('score.exp.test');
      expect(stdout).toContain('送信ドメイン認証 評価票');
      expect(stdout).toContain(`評価: ${data.grade?.grade}`);
      expect(stdout).toContain('<script>alert(1)</script>');
      expect(stdout).toContain('検出事項');
      expect(stdout).toContain('DMARC 集計レポート');
      expect(stdout).toContain('198.51.100.9');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
