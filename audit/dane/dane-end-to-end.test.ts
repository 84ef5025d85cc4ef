import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnssecCases } from '../../testing/dnssec/dnssec-cases';
import { type SignedDns, startSignedDns } from '../../testing/dnssec/signed-dns';
import { validatingClients } from '../../testing/dnssec/validating-clients';
import { findFreePort } from '../../testing/knot/find-free-port';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp/test-smtp-server';
import { createTestCa, type TestCa } from '../../testing/tls/test-ca';
import { auditDomain } from '../audit-domain';
import type { DnsClient } from '../dns/dns-client';
import { auditStarttls } from '../starttls/audit-starttls';
import { createConnectionBudget } from '../starttls/connection-budget';
import type { SmtpProbeOptions } from '../starttls/smtp-probe-options';
import { auditDane } from './audit-dane';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// Knot signs, Unbound validates, an SMTP server with a test CA's certificate answers on 127.0.0.1 for
// every mx*.…sec.test host: the TLSA records are made from that certificate when the test starts.
describe('DANE end to end: signed TLSA records against the certificate served', () => {
  let ca: TestCa;
  let dns: SignedDns;
  let smtp: TestSmtpServer;
  let resolver: DnsClient;
  let checkingDisabled: DnsClient;
  let clients: ReturnType<typeof validatingClients>;
  let probe: () => SmtpProbeOptions;
  beforeAll(async () => {
    ca = await createTestCa(await mkdtemp(join(tmpdir(), 'kensa-ca-')));
    const tls = await ca.issue('good', ['mx.good.sec.test'], 7);
    const der = new X509Certificate(tls.cert).raw;
    const spki = sha256(new X509Certificate(tls.cert).publicKey.export({ type: 'spki', format: 'der' }));
    dns = await startSignedDns(
      dnssecCases({
        good: [
          `_25._tcp.mx TLSA 3 1 1 ${spki}`,
          'mx2 A 127.0.0.1',
          `_25._tcp.mx2 TLSA 3 1 1 ${'00'.repeat(32)}`,
          `_25._tcp.mx2 TLSA 1 1 1 ${spki}`,
          'mx3 A 127.0.0.1',
          `_25._tcp.mx3 TLSA 3 0 1 ${sha256(der)}`,
        ].join('\n'),
        plain: `_25._tcp.mx TLSA 3 1 1 ${spki}`,
        broken: `_25._tcp.mx TLSA 3 1 1 ${spki}`,
      }),
    );
    const port = await findFreePort();
    smtp = await startTestSmtpServer({ address: '127.0.0.1', port, tls });
    clients = validatingClients(dns);
    ({ resolver, checkingDisabled } = clients);
    probe = () => ({
      budget: createConnectionBudget(50),
      refuseAddress: () => null,
      port,
      timeoutMs: 5000,
      ca: ca.caPem,
    });
  }, 90_000);
  afterAll(async () => {
    clients?.close();
    await smtp?.stop();
    await dns?.stop();
    if (ca) await rm(ca.dir, { recursive: true, force: true });
  });

  it('counts TLSA only when secure, checks its parameters, and matches the certificate served', async () => {
    const hosts = [
      'mx.good.sec.test',
      'mx2.good.sec.test',
      'mx3.good.sec.test',
      'mx.plain.sec.test',
      'mx.broken.sec.test',
      'mx.sec.test',
    ];
    const { chains } = await auditStarttls(hosts, resolver, probe());
    const dane = await auditDane(hosts, resolver, { checkingDisabled }, chains);
    expect(dane.status).toBe('complete');
    expect(dane.hosts.map((h) => [h.host, h.dnssec, h.usable, h.certificateMatches])).toEqual([
      ['mx.good.sec.test', 'secure', true, true],
      ['mx2.good.sec.test', 'secure', true, false],
      ['mx3.good.sec.test', 'secure', true, true],
      ['mx.plain.sec.test', 'insecure', false, null],
      ['mx.broken.sec.test', 'bogus', false, null],
      ['mx.sec.test', 'secure', false, null],
    ]);
    expect(dane.findings.map((f) => `${f.id} ${f.evidence.name ?? f.evidence.host}`)).toEqual([
      'dane.unusable-record _25._tcp.mx2.good.sec.test',
      'dane.certificate-mismatch mx2.good.sec.test',
      'dane.parameters-not-recommended _25._tcp.mx3.good.sec.test',
      'dane.tlsa-not-secure _25._tcp.mx.plain.sec.test',
      'dane.tlsa-bogus _25._tcp.mx.broken.sec.test',
      'dane.missing mx.sec.test',
    ]);
  });

  it('auditDomain carries the three sections; STARTTLS trouble never makes the report partial', async () => {
    const report = await auditDomain('good.sec.test', {
      resolver,
      dnssec: { checkingDisabled },
      smtpProbe: probe(),
    });
    expect(report.status).toBe('complete');
    expect(report.dnssec).toMatchObject({
      validated: true,
      domain: 'secure',
      mxHosts: [{ state: 'secure' }],
    });
    expect(report.dane?.hosts).toMatchObject([
      { host: 'mx.good.sec.test', usable: true, certificateMatches: true },
    ]);
    expect(report.starttls).toMatchObject({
      status: 'complete',
      hosts: [{ outcome: 'tls', tlsVersion: 'TLSv1.3' }],
    });
    const closed = await auditDomain('good.sec.test', {
      resolver,
      dnssec: { checkingDisabled },
      smtpProbe: { ...probe(), port: 9 },
    });
    expect(closed.status).toBe('complete');
    expect(closed.starttls).toMatchObject({ status: 'partial', hosts: [{ outcome: 'connect-failed' }] });
    expect(closed.dane?.hosts[0]?.certificateMatches).toBeNull();
  });
});
