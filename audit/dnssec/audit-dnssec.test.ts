import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnssecCases } from '../../testing/dnssec/dnssec-cases';
import { type SignedDns, startSignedDns } from '../../testing/dnssec/signed-dns';
import { validatingClients } from '../../testing/dnssec/validating-clients';
import { createDnsClient, type DnsClient } from '../dns/dns-client';
import { auditMx } from '../mx/audit-mx';
import { auditDnssec } from './audit-dnssec';
import type { DnssecValidation } from './dnssec-validation';

describe('auditDnssec against Knot signing and Unbound validating', () => {
  let dns: SignedDns;
  let resolver: DnsClient;
  let checkingDisabled: DnsClient;
  let clients: ReturnType<typeof validatingClients>;
  let validation: DnssecValidation;
  beforeAll(async () => {
    dns = await startSignedDns(dnssecCases());
    clients = validatingClients(dns);
    ({ resolver, checkingDisabled } = clients);
    validation = { checkingDisabled };
  }, 60_000);
  afterAll(async () => {
    clients?.close();
    await dns?.stop();
  });

  const audit = async (
    domain: string,
    through: DnsClient = resolver,
    given: { validation: DnssecValidation | undefined } = { validation },
  ) => auditDnssec(domain, await auditMx(domain, through), through, given.validation);
  const ids = (report: { findings: { id: string }[] }) => report.findings.map((f) => f.id).sort();

  it('a signed domain whose MX host is signed is secure, with no findings', async () => {
    const report = await audit('good.sec.test');
    expect(report).toMatchObject({ status: 'complete', validated: true, domain: 'secure' });
    expect(report.mxHosts).toEqual([{ host: 'mx.good.sec.test', state: 'secure' }]);
    expect(ids(report)).toEqual([]);
  });

  it('an unsigned delegation is insecure, and so are its MX hosts', async () => {
    const report = await audit('plain.sec.test');
    expect(report).toMatchObject({ status: 'complete', domain: 'insecure' });
    expect(report.mxHosts).toEqual([{ host: 'mx.plain.sec.test', state: 'insecure' }]);
    expect(ids(report)).toEqual(['dnssec.mx-unsigned', 'dnssec.unsigned']);
  });

  it('a DS that matches no key is bogus: told from a failing server by asking again with CD', async () => {
    const report = await audit('broken.sec.test');
    expect(report).toMatchObject({ status: 'complete', domain: 'bogus', mxHosts: [] });
    expect(ids(report)).toEqual(['dnssec.bogus']);
  });

  it('judges each MX host on its own', async () => {
    const report = await audit('mixed.sec.test');
    expect(report.domain).toBe('secure');
    expect(report.mxHosts).toEqual([
      { host: 'mx.good.sec.test', state: 'secure' },
      { host: 'mx.plain.sec.test', state: 'insecure' },
      { host: 'mx.broken.sec.test', state: 'bogus' },
    ]);
    expect(ids(report)).toEqual(['dnssec.mx-bogus', 'dnssec.mx-unsigned']);
  });

  it('without a validating resolver everything is unknown, with no findings', async () => {
    const knot = createDnsClient({ servers: [dns.authoritative], timeoutMs: 3000, tries: 1 });
    try {
      const report = await audit('good.sec.test', knot, { validation: undefined });
      expect(report).toMatchObject({ status: 'complete', validated: false, domain: 'unknown', findings: [] });
      expect(report.mxHosts).toEqual([{ host: 'mx.good.sec.test', state: 'unknown' }]);
    } finally {
      knot.close();
    }
  });

  it('a server that fails for good reason is unknown and partial, never bogus', async () => {
    const silent = createDnsClient({ servers: [{ host: '127.0.0.1', port: 9 }], timeoutMs: 200, tries: 1 });
    try {
      const report = await audit('good.sec.test', silent, { validation: { checkingDisabled: silent } });
      expect(report).toMatchObject({ status: 'partial', domain: 'unknown', findings: [] });
      expect(report.temporaryFailures).toEqual([{ name: 'good.sec.test', type: 'MX', outcome: 'timeout' }]);
    } finally {
      silent.close();
    }
  });
});
