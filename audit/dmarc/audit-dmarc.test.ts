import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import { auditDmarc } from './audit-dmarc';

const RUA = 'rua=mailto:dmarc@example.jp';
const dmarc = (domain: string, ...records: string[]): MemoryZone => ({
  [`_dmarc.${domain}`]: { TXT: records.map((r) => [r]) },
});
const exists = (domain: string): MemoryZone => ({ [domain]: { A: ['192.0.2.1'] } });
const audit = (domain: string, zone: MemoryZone) => auditDmarc(domain, createMemoryResolver(zone));
const ids = async (domain: string, zone: MemoryZone) => (await audit(domain, zone)).findings.map((f) => f.id);

describe('auditDmarc: where the policy comes from', () => {
  it("uses the domain's own record", async () => {
    const result = await audit(
      'example.jp',
      dmarc('example.jp', `v=DMARC1; p=reject; ${RUA}`, 'v=spf1 -all'),
    );
    expect(result).toMatchObject({
      status: 'complete',
      source: 'own',
      organizationalDomain: 'example.jp',
      enforcing: true,
    });
    expect(result).toMatchObject({
      record: `v=DMARC1; p=reject; ${RUA}`,
      records: [`v=DMARC1; p=reject; ${RUA}`],
    });
    expect(result.policy).toMatchObject({ applied: 'p', effective: 'reject' });
  });

  it("dmarc.inherited: falls back to the organizational domain's record and applies sp=", async () => {
    const zone = {
      ...dmarc('example.co.jp', 'v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.co.jp'),
      ...exists('www.example.co.jp'),
    };
    const result = await audit('www.example.co.jp', zone);
    expect(result).toMatchObject({
      source: 'organizational',
      organizationalDomain: 'example.co.jp',
      enforcing: true,
    });
    expect(result.policy).toMatchObject({ applied: 'sp', effective: 'quarantine' });
    expect(result.findings.map((f) => f.id)).toEqual(['dmarc.inherited']);
    expect(await ids('example.co.jp', zone)).not.toContain('dmarc.inherited');
  });

  it('applies np= to a subdomain that does not exist (RFC 9989)', async () => {
    const zone = {
      ...dmarc('example.jp', `v=DMARC1; p=reject; sp=reject; np=quarantine; ${RUA}`),
      ...exists('www.example.jp'),
    };
    expect((await audit('gone.example.jp', zone)).policy).toMatchObject({
      applied: 'np',
      effective: 'quarantine',
    });
    expect((await audit('www.example.jp', zone)).policy).toMatchObject({
      applied: 'sp',
      effective: 'reject',
    });
  });

  it('a discarded own record is reported, and receivers fall back to the organizational domain', async () => {
    const zone = {
      ...dmarc('example.jp', `v=DMARC1; p=reject; ${RUA}`),
      ...dmarc('www.example.jp', 'v=dmarc1; p=none'),
    };
    const result = await audit('www.example.jp', { ...zone, ...exists('www.example.jp') });
    expect(result.source).toBe('organizational');
    expect(result.findings.map((f) => f.id)).toEqual(['dmarc.near-miss', 'dmarc.inherited']);
  });
});

describe('auditDmarc findings', () => {
  it('dmarc.missing when no record exists anywhere, not when one does', async () => {
    expect(await ids('www.example.jp', exists('www.example.jp'))).toEqual(['dmarc.missing']);
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=reject; ${RUA}`))).toEqual([]);
  });

  it('dmarc.multiple-records: no policy applies and the organizational domain is not consulted', async () => {
    const zone = {
      ...dmarc('www.example.jp', 'v=DMARC1; p=reject', 'v=DMARC1; p=none'),
      ...dmarc('example.jp', 'v=DMARC1; p=reject'),
    };
    const result = await audit('www.example.jp', zone);
    expect(result).toMatchObject({ policy: null, record: null, source: 'own', enforcing: false });
    expect(result.findings.map((f) => f.id)).toEqual(['dmarc.multiple-records']);
  });

  it('dmarc.syntax-error for an invalid value, not for a clean record', async () => {
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=reject; adkim=x; ${RUA}`))).toEqual([
      'dmarc.syntax-error',
    ]);
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=reject; adkim=s; ${RUA}`))).toEqual([]);
  });

  it('dmarc.policy-none for p=none, and for an inherited sp=none', async () => {
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=none; ${RUA}`))).toEqual([
      'dmarc.policy-none',
    ]);
    const inherited = {
      ...dmarc('example.jp', `v=DMARC1; p=reject; sp=none; ${RUA}`),
      ...exists('www.example.jp'),
    };
    expect(await ids('www.example.jp', inherited)).toEqual(['dmarc.inherited', 'dmarc.policy-none']);
  });

  it('dmarc.subdomain-policy-none for sp=none or np=none under an enforcing p, at the organizational domain only', async () => {
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=reject; sp=none; ${RUA}`))).toEqual([
      'dmarc.subdomain-policy-none',
    ]);
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=reject; np=none; ${RUA}`))).toEqual([
      'dmarc.subdomain-policy-none',
    ]);
    expect(
      await ids('www.example.jp', dmarc('www.example.jp', `v=DMARC1; p=reject; sp=none; ${RUA}`)),
    ).toEqual([]);
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=none; sp=none; ${RUA}`))).toEqual([
      'dmarc.policy-none',
    ]);
  });

  it('dmarc.pct-partial for pct<100 under quarantine/reject, and enforcing is false', async () => {
    const result = await audit('example.jp', dmarc('example.jp', `v=DMARC1; p=reject; pct=50; ${RUA}`));
    expect(result.findings.map((f) => f.id)).toEqual(['dmarc.pct-partial']);
    expect(result.enforcing).toBe(false);
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=reject; pct=100; ${RUA}`))).toEqual([]);
  });

  it('dmarc.testing for t=y under an enforcing policy, and enforcing is false', async () => {
    const result = await audit('example.jp', dmarc('example.jp', `v=DMARC1; p=quarantine; t=y; ${RUA}`));
    expect(result.findings.map((f) => f.id)).toEqual(['dmarc.testing']);
    expect(result.enforcing).toBe(false);
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=quarantine; t=n; ${RUA}`))).toEqual([]);
  });

  it('dmarc.no-rua without rua=, not with it', async () => {
    expect(await ids('example.jp', dmarc('example.jp', 'v=DMARC1; p=reject'))).toEqual(['dmarc.no-rua']);
    expect(await ids('example.jp', dmarc('example.jp', `v=DMARC1; p=reject; ${RUA}`))).toEqual([]);
  });

  it('dmarc.rua-unauthorized for an external destination without its _report._dmarc record (RFC 7489 §7.1)', async () => {
    const record = 'v=DMARC1; p=reject; rua=mailto:d@reports.example.net; ruf=mailto:f@mail.example.jp';
    const result = await audit('example.jp', dmarc('example.jp', record));
    expect(result.findings.map((f) => f.id)).toEqual(['dmarc.rua-unauthorized']);
    expect(result.findings[0]?.evidence).toMatchObject({
      query: 'example.jp._report._dmarc.reports.example.net',
    });
    const authorized = {
      ...dmarc('example.jp', record),
      'example.jp._report._dmarc.reports.example.net': { TXT: [['v=DMARC1']] },
    };
    expect(await ids('example.jp', authorized)).toEqual([]);
  });
});

describe('auditDmarc temporary failures', () => {
  it('an own lookup that fails is partial: no policy, never dmarc.missing', async () => {
    const result = await audit('example.jp', { '_dmarc.example.jp': { TXT: 'servfail' } });
    expect(result).toMatchObject({ status: 'partial', policy: null, source: null, findings: [] });
    expect(result.temporaryFailures).toEqual([
      { name: '_dmarc.example.jp', type: 'TXT', outcome: 'servfail' },
    ]);
  });

  it('an organizational lookup that fails is partial too', async () => {
    const zone: MemoryZone = { '_dmarc.example.jp': { fail: 'timeout' }, ...exists('www.example.jp') };
    expect(await audit('www.example.jp', zone)).toMatchObject({
      status: 'partial',
      policy: null,
      findings: [],
    });
  });

  it('a failed authorization lookup is partial but keeps the policy', async () => {
    const zone = {
      ...dmarc('example.jp', 'v=DMARC1; p=reject; rua=mailto:d@reports.example.net'),
      'example.jp._report._dmarc.reports.example.net': { fail: 'refused' as const },
    };
    const result = await audit('example.jp', zone);
    expect(result).toMatchObject({ status: 'partial', enforcing: true, findings: [] });
  });
});
