import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpsFixture, startHttpsFixture } from '@/testing/https/https-fixture-server';
import { auditDmarc } from '../dmarc/audit-dmarc';
import { createMemoryResolver } from '../dns/memory-resolver';
import type { HttpsFetcher } from '../https/types';
import { auditBimi } from './audit-bimi';

let server: HttpsFixture;
let https: HttpsFetcher;
beforeAll(async () => {
  server = await startHttpsFixture();
  https = server.fetcher(5000);
}, 120_000);
afterAll(() => server?.stop());

const REJECT = 'v=DMARC1; p=reject';
async function audit(
  domain: string,
  bimi: string | null,
  dmarc = REJECT,
  fetcher: HttpsFetcher | null = https,
) {
  const resolver = createMemoryResolver({
    [domain]: { TXT: [] },
    [`_dmarc.${domain}`]: { TXT: [[dmarc]] },
    ...(bimi === null ? {} : { [`default._bimi.${domain}`]: { TXT: [[bimi]] } }),
    [`bimi.${domain}`]: { A: ['127.0.0.1'] },
  });
  return auditBimi(domain, resolver, await auditDmarc(domain, resolver), fetcher ?? undefined);
}
const record = (domain: string, a = ' a=https://example.jp/vmc.pem') =>
  `v=BIMI1; l=https://bimi.${domain}/logo.svg;${a}`;
const ids = (report: { findings: { id: string }[] }) => report.findings.map((f) => f.id);

describe('auditBimi', () => {
  it('a Tiny PS logo under DMARC reject: valid, no finding', async () => {
    const report = await audit('bimi-logo-good.test', record('bimi-logo-good.test'));
    expect(report).toMatchObject({ status: 'complete', logoValid: true, dmarcEligible: true, findings: [] });
  });

  it.each([
    ['bimi-logo-not-tiny-ps.test', 'bimi.logo-not-tiny-ps'],
    ['bimi-logo-too-large.test', 'bimi.logo-too-large'],
    ['bimi-logo-redirect.test', 'bimi.logo-redirect'],
    ['bimi-logo-certificate.test', 'bimi.logo-certificate'],
  ])('%s reports %s', async (domain, id) => {
    const report = await audit(domain, record(domain));
    expect(ids(report)).toEqual([id]);
    expect(report.logoValid).toBe(false);
  });

  it('the scripted logo lists each problem, bounded', async () => {
    const report = await audit('bimi-logo-not-tiny-ps.test', record('bimi-logo-not-tiny-ps.test'));
    expect(report.findings[0]?.evidence.problems).toEqual([
      'a <script> element',
      'an external reference (href="https://tracker.example/x.png")',
    ]);
  });

  it.each([
    ['v=DMARC1; p=none', false],
    ['v=DMARC1; p=reject; pct=50', false],
    ['v=DMARC1; p=reject; sp=none', false],
    ['v=DMARC1; p=quarantine', true],
  ])('DMARC %s: eligible %s', async (dmarc, eligible) => {
    const report = await audit('bimi-logo-good.test', record('bimi-logo-good.test'), dmarc);
    expect(report.dmarcEligible).toBe(eligible);
    expect(ids(report).includes('bimi.dmarc-not-enforcing')).toBe(!eligible);
  });

  it('no a= is noted; no fetcher is skipped; a declination has no finding; no record is no finding', async () => {
    expect(ids(await audit('bimi-logo-good.test', record('bimi-logo-good.test', '')))).toEqual([
      'bimi.no-authority',
    ]);
    expect(await audit('bimi-logo-good.test', record('bimi-logo-good.test'), REJECT, null)).toMatchObject({
      status: 'skipped',
      logoValid: null,
    });
    expect(await audit('x.test', 'v=BIMI1; l=; a=;', 'v=DMARC1; p=none')).toMatchObject({
      status: 'complete',
      findings: [],
    });
    expect(await audit('x.test', null)).toMatchObject({ status: 'complete', record: null, findings: [] });
  });

  it('an invalid record is reported and its logo not fetched', async () => {
    const report = await audit('bimi-logo-good.test', 'v=BIMI1; l=http://bimi.bimi-logo-good.test/logo.svg');
    expect(ids(report)).toEqual(['bimi.record-invalid']);
    expect(report.logoValid).toBeNull();
  });
});
