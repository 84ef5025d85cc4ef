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

/** Offers STARTTLS, says 220 to it, then answers the TLS ClientHello with plain text. */
function startBrokenTlsServer(port: number): Promise<Server> {
  const server = createServer((socket) => {
    let upgraded = false;
    socket.on('error', () => {});
    socket.write('220 broken.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      const command = chunk.toString().trim().toUpperCase();
      if (upgraded) socket.write('500 this is not TLS\r\n');
      else if (command.startsWith('EHLO')) socket.write('250-broken.test\r\n250 STARTTLS\r\n');
      else if (command === 'STARTTLS') {
        upgraded = true;
        socket.write('220 go ahead\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.6', () => resolve(server)));
}

describe('probeSmtp through auditStarttls: TLS that fails or is old', () => {
  let ca: TestCa;
  let port: number;
  let old: TestSmtpServer;
  let broken: Server;
  const resolver = createMemoryResolver({
    'mx.old.test': { A: ['127.0.0.7'] },
    'mx.broken.test': { A: ['127.0.0.6'] },
  });
  beforeAll(async () => {
    ca = await createTestCa(await mkdtemp(join(tmpdir(), 'kensa-ca-')));
    port = await findFreePort();
    old = await startTestSmtpServer({
      address: '127.0.0.7',
      port,
      tls: await ca.issue('old', ['mx.old.test'], 7),
      tlsOptions: { maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' },
    });
    broken = await startBrokenTlsServer(port);
  }, 60_000);
  afterAll(async () => {
    await old?.stop();
    broken?.close();
    if (ca) await rm(ca.dir, { recursive: true, force: true });
  });

  const probe = (hosts: string[]) =>
    auditStarttls(hosts, resolver, {
      budget: createConnectionBudget(10),
      refuseAddress: () => null,
      port,
      timeoutMs: 5000,
      ca: ca.caPem,
    });

  it('completes with a server that speaks at most TLS 1.1, and says it is outdated (RFC 8996)', async () => {
    const { audit } = await probe(['mx.old.test']);
    expect(audit.hosts[0]).toMatchObject({ outcome: 'tls', tlsVersion: 'TLSv1.1' });
    expect(audit.findings.map((f) => f.id)).toEqual(['starttls.old-tls']);
  });

  it('reports a handshake that fails after STARTTLS was accepted', async () => {
    const { audit } = await probe(['mx.broken.test']);
    expect(audit).toMatchObject({ status: 'complete', hosts: [{ outcome: 'tls-failed' }] });
    expect(audit.findings.map((f) => f.id)).toEqual(['starttls.handshake-failed']);
  });
});
