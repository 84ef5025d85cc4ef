import { beforeAll, describe, expect, it } from 'vitest';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { AuditReport } from '@/audit/report';
import { healthyZone } from '@/testing/healthy-zone';
import {
  allTransportSections,
  bimi,
  dane,
  daneHost,
  dnssec,
  errorFinding,
  mtaSts,
  starttls,
  tlsRpt,
} from '@/testing/transport-sections';
import { ADOPTION_METRICS, type AdoptionFlags, adoptionFlags } from './adoption-flags';

let base: AuditReport;
beforeAll(async () => {
  // As reports stored before issue 15's checks: none of their sections.
  const {
    mtaSts: _m,
    tlsRpt: _t,
    bimi: _b,
    dnssec: _d,
    dane: _a,
    starttls: _s,
    ...older
  } = await auditDomain('example.test', { resolver: createMemoryResolver(healthyZone()) });
  base = older;
});

const flags = (sections: Partial<AuditReport>) => adoptionFlags({ ...base, ...sections });

describe('the transport and brand adoption flags', () => {
  it('are unknown, never false, for a report stored before the checks (no sections)', () => {
    expect(flags({})).toMatchObject({
      mtaStsEnforcing: null,
      tlsRptPublished: null,
      bimiPublished: null,
      dnssecSigned: null,
      daneOnMx: null,
      starttlsOffered: null,
    });
  });

  it('are all true for a domain that does everything', () => {
    expect(flags(allTransportSections())).toMatchObject({
      mtaStsEnforcing: true,
      tlsRptPublished: true,
      bimiPublished: true,
      dnssecSigned: true,
      daneOnMx: true,
      starttlsOffered: true,
    });
  });

  it('MTA-STS: enforcing needs the fetched policy in enforce mode without errors', () => {
    const of = (section: Parameters<typeof mtaSts>[0]) => flags({ mtaSts: mtaSts(section) }).mtaStsEnforcing;
    expect(of({ policy: { mode: 'testing', mx: [], maxAge: 86400 } })).toBe(false);
    expect(of({ findings: [errorFinding('mta-sts.mx-not-covered')] })).toBe(false);
    expect(of({ record: null, policy: null })).toBe(false);
    expect(of({ record: null, policy: null, status: 'partial' })).toBeNull();
    // Fetching switched off: the record is read, the mode is not known.
    expect(of({ policy: null, status: 'skipped' })).toBeNull();
    expect(of({ policy: null, status: 'partial' })).toBeNull();
    expect(of({ policy: null, findings: [errorFinding('mta-sts.policy-wrong-type')] })).toBe(false);
  });

  it('TLS-RPT and BIMI: a record without error-level findings; none read is false, none for a timeout unknown', () => {
    expect(
      flags({ tlsRpt: tlsRpt({ findings: [errorFinding('tls-rpt.rua-invalid')] }) }).tlsRptPublished,
    ).toBe(false);
    expect(flags({ tlsRpt: tlsRpt({ record: null }) }).tlsRptPublished).toBe(false);
    expect(flags({ tlsRpt: tlsRpt({ record: null, status: 'partial' }) }).tlsRptPublished).toBeNull();
    expect(flags({ bimi: bimi({ status: 'skipped', logoValid: null }) }).bimiPublished).toBe(true);
    expect(flags({ bimi: bimi({ record: null }) }).bimiPublished).toBe(false);
    const declined = { raw: 'v=BIMI1; l=; a=', location: null, authority: null };
    expect(flags({ bimi: bimi({ record: declined }) }).bimiPublished).toBe(false);
    expect(flags({ bimi: bimi({ record: null, status: 'partial' }) }).bimiPublished).toBeNull();
    expect(
      flags({ bimi: bimi({ findings: [errorFinding('bimi.logo-not-svg-tiny-ps')] }) }).bimiPublished,
    ).toBe(false);
  });

  it('DNSSEC: secure is signed; insecure and bogus are not; unknown stays unknown', () => {
    expect(flags({ dnssec: dnssec({ domain: 'insecure' }) }).dnssecSigned).toBe(false);
    expect(flags({ dnssec: dnssec({ domain: 'bogus' }) }).dnssecSigned).toBe(false);
    expect(flags({ dnssec: dnssec({ domain: 'unknown', status: 'partial' }) }).dnssecSigned).toBeNull();
  });

  it('DANE: every MX host usable; one unusable is false, one unknown is unknown; no MX is false', () => {
    const hosts = (...usable: (boolean | null)[]) =>
      dane({ hosts: usable.map((u, i) => daneHost(u, `mx${i}.test`)) });
    expect(flags({ dane: hosts(true, false) }).daneOnMx).toBe(false);
    expect(flags({ dane: hosts(true, null) }).daneOnMx).toBeNull();
    expect(flags({ dane: hosts(false, null) }).daneOnMx).toBe(false);
    expect(flags({ dane: hosts() }).daneOnMx).toBe(false);
    expect(flags({ dane: dane({ hosts: [], status: 'partial' }) }).daneOnMx).toBeNull();
  });

  it('STARTTLS: unknown when probing is off (skipped); a timeout is unknown, never "no TLS"', () => {
    expect(flags({ starttls: starttls([], 'skipped') }).starttlsOffered).toBeNull();
    expect(flags({ starttls: starttls(['tls', 'tls']) }).starttlsOffered).toBe(true);
    expect(flags({ starttls: starttls(['tls', 'no-starttls']) }).starttlsOffered).toBe(false);
    expect(flags({ starttls: starttls(['tls-failed']) }).starttlsOffered).toBe(false);
    expect(flags({ starttls: starttls(['tls', 'timeout'], 'partial') }).starttlsOffered).toBeNull();
    expect(flags({ starttls: starttls(['connect-failed']) }).starttlsOffered).toBeNull();
    expect(flags({ starttls: starttls(['not-probed']) }).starttlsOffered).toBeNull();
    expect(flags({ starttls: starttls([]) }).starttlsOffered).toBeNull();
  });

  it('leave the SPF…Null MX flags as they were', () => {
    const older = ADOPTION_METRICS.slice(0, ADOPTION_METRICS.indexOf('mtaStsEnforcing'));
    const pick = (f: AdoptionFlags) => older.map((m) => f[m]);
    expect(pick(flags(allTransportSections()))).toEqual(pick(adoptionFlags(base)));
    expect(older).toHaveLength(8);
  });
});
