import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { registerDomain } from '@/lib/domains/register-domain';
import { buildScorecardExport } from '@/lib/exports/build-scorecard-export';
import { scorecardExportSchema } from '@/lib/exports/scorecard-export-schema';
import { type DomainScorecard, getDomainScorecard } from '@/lib/queries/get-domain-scorecard';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { bimi, dane, dnssec, mtaSts, starttls, tlsRpt } from '@/testing/transport-sections';
import { renderScorecardHtml, renderScorecardPdf } from './render-scorecard-pdf';

/** Markup where DNS and HTTPS servers put text: pattern, rua, l=, STARTTLS detail, MX host name. */
const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_HOST = '<b>mx</b>.evil.example';

const sections = () => ({
  mtaSts: mtaSts({
    policy: { mode: 'testing', mx: ['*.exp.test', HOSTILE], maxAge: 1_209_600 },
    uncoveredMx: ['mx2.exp.test'],
  }),
  tlsRpt: tlsRpt({ record: { raw: `v=TLSRPTv1; rua=mailto:${HOSTILE}`, rua: [`mailto:${HOSTILE}`] } }),
  bimi: bimi({
    status: 'partial',
    record: {
      raw: 'v=BIMI1; l=https://logo.exp.test/l.svg',
      location: `https://${HOSTILE}`,
      authority: null,
    },
    logoValid: null,
    dmarcEligible: false,
    fetch: 'temporary',
    fetchProblem: `logo.exp.test (192.0.2.7): ECONNREFUSED ${HOSTILE}`,
  }),
  dnssec: dnssec({
    domain: 'secure',
    mxHosts: [
      { host: 'mx1.exp.test', state: 'secure' },
      { host: HOSTILE_HOST, state: 'bogus' },
    ],
  }),
  dane: dane({
    hosts: [
      {
        host: 'mx1.exp.test',
        dnssec: 'secure',
        tlsa: [{ usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) }],
        usable: true,
        certificateMatches: false,
      },
    ],
  }),
  starttls: {
    ...starttls(),
    hosts: [
      {
        host: 'mx1.exp.test',
        outcome: 'tls' as const,
        tlsVersion: 'TLSv1.3',
        certificate: { nameMatches: false, trusted: true, notAfter: '2027-03-01T00:00:00.000Z' },
      },
      { host: HOSTILE_HOST, outcome: 'timeout' as const, detail: `greeting ${HOSTILE}` },
    ],
  },
});

let scratch: ScratchDatabase;
let scorecard: DomainScorecard;
let before: DomainScorecard;

beforeAll(async () => {
  scratch = await createScratchDatabase('scorecard_transport_export');
  const db: PrismaClient = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  const [domain, older] = await db.$transaction(async (tx) => [
    await registerDomain(tx, { ascii: 'transport.exp.test', unicode: 'transport.exp.test' }),
    await registerDomain(tx, { ascii: 'older.exp.test', unicode: 'older.exp.test' }),
  ]);
  const resolver = createMemoryResolver({});
  await scanDomains(db, [domain], resolver, sections);
  // A report stored before issue 15's checks existed: none of their sections.
  const none = { mtaSts: undefined, tlsRpt: undefined, bimi: undefined };
  await scanDomains(db, [older], resolver, () => ({
    ...none,
    dnssec: undefined,
    dane: undefined,
    starttls: undefined,
  }));
  scorecard = (await getDomainScorecard(systemViewer(), domain.id)) as DomainScorecard;
  before = (await getDomainScorecard(systemViewer(), older.id)) as DomainScorecard;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('scorecard export: transport sections', () => {
  it('JSON carries each check as stored: policy, rua, BIMI, DNSSEC, TLSA and STARTTLS per MX host', () => {
    const data = scorecardExportSchema.parse(buildScorecardExport(scorecard, null, 'en'));
    expect(data.transport?.mtaSts).toMatchObject({
      status: 'complete',
      policy: { mode: 'testing', mx: ['*.exp.test', HOSTILE], maxAge: 1_209_600 },
      uncoveredMx: ['mx2.exp.test'],
      fetch: 'fetched',
      fetchProblem: null,
    });
    expect(data.transport?.tlsRpt?.record?.rua).toEqual([`mailto:${HOSTILE}`]);
    expect(data.transport?.bimi).toMatchObject({
      status: 'partial',
      record: { location: `https://${HOSTILE}`, authority: null },
      logoValid: null,
      dmarcEligible: false,
      fetch: 'temporary',
    });
    expect(data.transport?.dnssec).toEqual({ status: 'complete', validated: true, domain: 'secure' });
    expect(data.transport?.smtpProbe).toBe('complete');
    expect(data.transport?.mxHosts).toEqual([
      {
        host: 'mx1.exp.test',
        dnssec: 'secure',
        dane: {
          dnssec: 'secure',
          tlsa: [{ usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) }],
          usable: true,
          certificateMatches: false,
        },
        starttls: {
          outcome: 'tls',
          detail: null,
          tlsVersion: 'TLSv1.3',
          certificate: { nameMatches: false, trusted: true, notAfter: '2027-03-01T00:00:00.000Z' },
        },
      },
      {
        host: HOSTILE_HOST,
        dnssec: 'bogus',
        dane: null,
        starttls: { outcome: 'timeout', detail: `greeting ${HOSTILE}`, tlsVersion: null, certificate: null },
      },
    ]);
  });

  it('a report from before these checks exports them as null, not as missing', () => {
    const data = scorecardExportSchema.parse(buildScorecardExport(before, null, 'en'));
    expect(data.transport).toMatchObject({
      mtaSts: null,
      tlsRpt: null,
      bimi: null,
      dnssec: null,
      smtpProbe: null,
      mxHosts: [],
    });
    expect(renderScorecardHtml(data)).toContain('Not checked in this scan');
  });

  it('HTML prints every section in the reader’s language, DNS and server text escaped', () => {
    const html = renderScorecardHtml(buildScorecardExport(scorecard, null, 'ja'));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>mx');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;mx&lt;/b&gt;.evil.example');
    for (const text of [
      'MTA-STS・TLS-RPT・BIMI',
      'DNSSEC・DANE・STARTTLS',
      '1,209,600 秒（14 日）',
      'mx2.exp.test',
      '取得済み',
      '不明（一時的な失敗）: logo.exp.test (192.0.2.7): ECONNREFUSED',
      '3 1 1 abababababababab…',
      '検証失敗（bogus）',
      '対応 (TLSv1.3), 証明書のホスト名が不一致',
      '不明（タイムアウト）: greeting',
    ])
      expect(html).toContain(text);
  });

  it('PDF shows the MTA-STS policy, the BIMI prerequisite and each MX host', async () => {
    const data = buildScorecardExport(scorecard, null, 'en');
    const dir = await mkdtemp(path.join(tmpdir(), 'kensa-scorecard-transport-'));
    try {
      const file = path.join(dir, 's.pdf');
      await writeFile(file, await renderScorecardPdf(data));
      const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
      expect(stdout).toContain('MTA-STS, TLS-RPT and BIMI');
      expect(stdout).toContain('*.exp.test, <img src=x onerror=alert(1)>');
      expect(stdout).toContain('DMARC allows a logo');
      expect(stdout).toContain('DNSSEC, DANE and STARTTLS');
      expect(stdout).toContain('<b>mx</b>.evi'); // the table cell wraps the name
      expect(stdout).toContain('Reports to            mailto:<img src=x onerror=alert(1)>');
      expect(stdout).toContain('offered (TLSv1.3), certificate for');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
