import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpsFixture, startHttpsFixture } from '@/testing/https/https-fixture-server';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import type { HttpsFetcher } from '../https/types';
import { auditMx } from '../mx/audit-mx';
import { auditMtaSts } from './audit-mta-sts';

// The policy comes from a real HTTPS server on loopback (testing/https/fixture-sites.ts); the DNS
// is an in-memory zone pointing each mta-sts host at 127.0.0.1.
let server: HttpsFixture;
let https: HttpsFetcher;
beforeAll(async () => {
  server = await startHttpsFixture();
  https = server.fetcher(2000);
}, 120_000);
afterAll(() => server?.stop());

function zoneFor(domain: string, txt: string[] | 'timeout' | null): MemoryZone {
  return {
    [domain]: { MX: [{ preference: 10, exchange: 'mx.kensa-mail.test' }] },
    ...(txt === null
      ? {}
      : { [`_mta-sts.${domain}`]: { TXT: txt === 'timeout' ? 'timeout' : txt.map((t) => [t]) } }),
    [`mta-sts.${domain}`]: { A: ['127.0.0.1'] },
  };
}
async function audit(
  domain: string,
  txt: string[] | 'timeout' | null = ['v=STSv1; id=1'],
  fetcher: HttpsFetcher | null = https,
) {
  const resolver = createMemoryResolver(zoneFor(domain, txt));
  return auditMtaSts(domain, resolver, await auditMx(domain, resolver), fetcher ?? undefined);
}
const ids = (report: { findings: { id: string }[] }) => report.findings.map((f) => f.id);

describe('auditMtaSts', () => {
  it('an enforced policy covering every MX: complete, no finding', async () => {
    const report = await audit('mta-sts-enforce.test');
    expect(report).toMatchObject({
      status: 'complete',
      record: { raw: 'v=STSv1; id=1', id: '1' },
      policy: { mode: 'enforce', mx: ['mx.kensa-mail.test'], maxAge: 1209600 },
      uncoveredMx: [],
      findings: [],
    });
  });

  it.each([
    ['mta-sts-mode-testing.test', ['mta-sts.mode-testing']],
    ['mta-sts-mode-none.test', ['mta-sts.mode-none']],
    ['mta-sts-max-age-short.test', ['mta-sts.max-age-short']],
    ['mta-sts-mx-not-covered.test', ['mta-sts.mx-not-covered']],
    ['mta-sts-policy-invalid.test', ['mta-sts.policy-invalid']],
    ['mta-sts-policy-certificate.test', ['mta-sts.policy-certificate']],
    ['mta-sts-policy-expired.test', ['mta-sts.policy-certificate']],
    ['mta-sts-policy-redirect.test', ['mta-sts.policy-redirect']],
    ['mta-sts-policy-content-type.test', ['mta-sts.policy-content-type']],
    ['mta-sts-policy-too-large.test', ['mta-sts.policy-too-large']],
  ])('%s reports %j', async (domain, expected) => {
    const report = await audit(domain);
    expect(ids(report)).toEqual(expected);
    expect(report.status).toBe('complete');
  });

  it('lists the MX hosts no pattern covers', async () => {
    expect((await audit('mta-sts-mx-not-covered.test')).uncoveredMx).toEqual(['mx.kensa-mail.test']);
  });

  it('a server that hangs makes the section partial, with no finding and no policy', async () => {
    const report = await audit('mta-sts-policy-timeout.test');
    expect(report).toMatchObject({
      status: 'partial',
      policy: null,
      findings: [],
      fetchProblem: expect.stringMatching(/2000 ms/),
    });
  });

  it('without a fetcher only the record is read: skipped', async () => {
    expect(await audit('mta-sts-enforce.test', undefined, null)).toMatchObject({
      status: 'skipped',
      record: { id: '1' },
      policy: null,
      findings: [],
    });
  });

  it('no record on a domain with MX is mta-sts.missing; a TXT timeout is partial, never missing', async () => {
    expect(ids(await audit('x.test', null))).toEqual(['mta-sts.missing']);
    const failed = await audit('x.test', 'timeout');
    expect(failed).toMatchObject({ status: 'partial', record: null, findings: [] });
    expect(failed.temporaryFailures).toEqual([{ name: '_mta-sts.x.test', type: 'TXT', outcome: 'timeout' }]);
  });

  it('two records, or an invalid one, are reported and not fetched', async () => {
    expect(ids(await audit('mta-sts-enforce.test', ['v=STSv1; id=1', 'v=STSv1; id=2']))).toEqual([
      'mta-sts.multiple-records',
    ]);
    const invalid = await audit('mta-sts-enforce.test', ['v=STSv1; id=not-valid']);
    expect(ids(invalid)).toEqual(['mta-sts.record-invalid']);
    expect(invalid.policy).toBeNull();
  });

  it('ignores TXT records that are not v=STSv1', async () => {
    expect(ids(await audit('x.test', ['v=spf1 -all', 'STSv1; id=1']))).toEqual(['mta-sts.missing']);
  });
});
