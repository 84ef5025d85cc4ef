import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../testing/knot/find-free-port';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp/test-smtp-server';
import { createTestCa, type TestCa } from '../../testing/tls/test-ca';
import { createMemoryResolver } from '../dns/memory-resolver';
import { auditStarttls } from './audit-starttls';
import { createConnectionBudget } from './connection-budget';
import type { SmtpProbeOptions } from './smtp-probe-options';

// Each MX host's address is its own loopback address; every test server listens on the same port.
const resolver = createMemoryResolver({
  'mx.tls.test': { A: ['127.0.0.1'] },
  'mx.plain.test': { A: ['127.0.0.2'] },
  'mx.selfsigned.test': { A: ['127.0.0.3'] },
  'mx.hang.test': { A: ['127.0.0.4'] },
  'mx.closed.test': { A: ['127.0.0.5'] },
  'mx.public.test': { A: ['192.0.2.25'] },
  'mx.broken-dns.test': { A: 'timeout' },
});

describe('auditStarttls against real SMTP servers on loopback', () => {
  let ca: TestCa;
  let port: number;
  const servers: TestSmtpServer[] = [];
  let hung: Server;
  beforeAll(async () => {
    ca = await createTestCa(await mkdtemp(join(tmpdir(), 'kensa-ca-')));
    port = await findFreePort();
    servers.push(
      await startTestSmtpServer({
        address: '127.0.0.1',
        port,
        tls: await ca.issue('tls', ['mx.tls.test'], 7),
      }),
      await startTestSmtpServer({ address: '127.0.0.2', port }),
      await startTestSmtpServer({
        address: '127.0.0.3',
        port,
        tls: await (await createTestCa(join(ca.dir, 'untrusted'))).issue('other', ['other.test'], 7),
      }),
    );
    hung = createServer(() => {}).listen(port, '127.0.0.4');
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) await server.stop();
    hung?.close();
    if (ca) await rm(ca.dir, { recursive: true, force: true });
  });

  const options = (overrides: Partial<SmtpProbeOptions> = {}): SmtpProbeOptions => ({
    budget: createConnectionBudget(100),
    // Tests allow loopback explicitly; 192.0.2.0/24 stands for an address production would refuse.
    refuseAddress: (address) => (address.startsWith('127.') ? null : 'a reserved address'),
    port,
    timeoutMs: 3000,
    ca: ca.caPem,
    ...overrides,
  });

  it('reads STARTTLS, the TLS version and a certificate the trust store accepts for the host name', async () => {
    const { audit, chains } = await auditStarttls(['mx.tls.test'], resolver, options());
    expect(audit).toMatchObject({ status: 'complete', findings: [] });
    const [host] = audit.hosts;
    expect(host).toMatchObject({ host: 'mx.tls.test', outcome: 'tls', tlsVersion: 'TLSv1.3' });
    expect(host?.certificate).toMatchObject({ nameMatches: true, trusted: true });
    expect(Date.parse(host?.certificate?.notAfter ?? '')).toBeGreaterThan(Date.now());
    expect(chains.get('mx.tls.test')).toHaveLength(2);
  });

  it('reports a server without STARTTLS, and a self-signed certificate for another name', async () => {
    const { audit } = await auditStarttls(['mx.plain.test', 'mx.selfsigned.test'], resolver, options());
    expect(audit.hosts.map((h) => [h.host, h.outcome])).toEqual([
      ['mx.plain.test', 'no-starttls'],
      ['mx.selfsigned.test', 'tls'],
    ]);
    expect(audit.hosts[1]?.certificate).toMatchObject({ nameMatches: false, trusted: false });
    expect(audit.findings.map((f) => f.id)).toEqual([
      'starttls.not-offered',
      'starttls.certificate-name-mismatch',
      'starttls.certificate-untrusted',
    ]);
  });

  it('says the certificate has expired when it has (clock injected)', async () => {
    const later = new Date(Date.now() + 30 * 86_400_000);
    const { audit } = await auditStarttls(['mx.tls.test'], resolver, options({ now: () => later }));
    expect(audit.findings.map((f) => f.id)).toEqual(['starttls.certificate-expired']);
  });

  it('a hang, a closed port, a refused address and a DNS failure are unknown, never "not offered"', async () => {
    const hosts = ['mx.hang.test', 'mx.closed.test', 'mx.public.test', 'mx.broken-dns.test'];
    const { audit } = await auditStarttls(hosts, resolver, options({ timeoutMs: 500 }));
    expect(audit.status).toBe('partial');
    expect(audit.hosts.map((h) => h.outcome)).toEqual([
      'timeout',
      'connect-failed',
      'connect-failed',
      'connect-failed',
    ]);
    expect(audit.hosts[2]?.detail).toBe('192.0.2.25: a reserved address');
    expect(audit.findings.map((f) => f.id)).toEqual(['starttls.probe-failed']);
  });

  it('stops at the run-wide connection cap: the rest are not probed', async () => {
    const budget = createConnectionBudget(1);
    const first = await auditStarttls(['mx.tls.test'], resolver, options({ budget }));
    const second = await auditStarttls(['mx.plain.test'], resolver, options({ budget }));
    expect(first.audit.hosts[0]?.outcome).toBe('tls');
    expect(second.audit).toMatchObject({ status: 'partial', hosts: [{ outcome: 'not-probed' }] });
  });

  it("probes at most a domain's first 10 MX hosts: a long MX list cannot spend the run's cap at once", async () => {
    const hosts = Array.from({ length: 12 }, (_, i) => `mx${i}.many.test`);
    const many = createMemoryResolver(Object.fromEntries(hosts.map((host) => [host, { A: ['127.0.0.5'] }])));
    let taken = 0;
    const budget = { take: () => ++taken > 0 };
    const { audit } = await auditStarttls(hosts, many, options({ budget }));
    expect(taken).toBe(10);
    expect(audit.hosts.map((h) => h.outcome)).toEqual([
      ...Array<string>(10).fill('connect-failed'),
      'not-probed',
      'not-probed',
    ]);
    expect(audit.hosts[11]?.detail).toBe('only the first 10 MX hosts of a domain are probed');
  });

  it('is skipped, connecting nowhere, when probing is off', async () => {
    const { audit } = await auditStarttls(['mx.tls.test'], resolver, undefined);
    expect(audit).toEqual({ status: 'skipped', hosts: [], findings: [] });
  });
});
