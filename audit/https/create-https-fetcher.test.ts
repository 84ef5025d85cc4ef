import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpsFixture, startHttpsFixture } from '@/testing/https/https-fixture-server';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import { createHttpsFetcher } from './create-https-fetcher';
import type { HttpsRequest } from './types';

// A real HTTPS server on loopback with a test CA; the fetcher runs its production code with only the
// port, the trust store and the loopback exemption injected.
let server: HttpsFixture;
beforeAll(async () => {
  server = await startHttpsFixture();
}, 120_000);
afterAll(() => server?.stop());

const loopback = (host: string): MemoryZone => ({ [host]: { A: ['127.0.0.1'] } });
const policyOf = (domain: string): HttpsRequest => ({
  host: `mta-sts.${domain}`,
  path: '/.well-known/mta-sts.txt',
  maxBytes: 65_536,
  mediaType: 'text/plain',
});
async function fetchPolicy(
  domain: string,
  options: { timeoutMs?: number; allow?: boolean; path?: string } = {},
) {
  const request = { ...policyOf(domain), ...(options.path ? { path: options.path } : {}) };
  const fetcher = createHttpsFetcher({
    port: server.port,
    ca: server.caPem,
    timeoutMs: options.timeoutMs ?? 10_000,
    allowAddress: (address) => options.allow !== false && address === '127.0.0.1',
  });
  return fetcher.get(request, createMemoryResolver(loopback(request.host)));
}

describe('createHttpsFetcher against a loopback server with a test CA', () => {
  it('reads a good policy', async () => {
    const result = await fetchPolicy('mta-sts-enforce.test');
    expect(result.outcome).toBe('ok');
    expect(result.outcome === 'ok' && result.body.toString()).toContain('mode: enforce');
  });

  it.each([
    ['mta-sts-policy-certificate.test', 'certificate', /altnames|Hostname\/IP does not match/i],
    ['mta-sts-policy-expired.test', 'certificate', /expired|not yet valid/i],
    ['mta-sts-policy-redirect.test', 'redirect', /HTTP 301 to https:\/\/www\./],
    ['mta-sts-policy-content-type.test', 'content-type', /text\/html/],
    ['mta-sts-policy-too-large.test', 'too-large', /more than 65536 bytes/],
  ])('%s: a definite %s failure', async (domain, failure, detail) => {
    const result = await fetchPolicy(domain);
    expect(result).toMatchObject({ outcome: 'failed', failure });
    expect(result.outcome === 'failed' && result.detail).toMatch(detail);
  });

  it('a 404 is a definite status failure', async () => {
    const result = await fetchPolicy('mta-sts-enforce.test', { path: '/.well-known/missing.txt' });
    expect(result).toMatchObject({ outcome: 'failed', failure: 'status', detail: 'HTTP 404' });
  });

  it('a server that never answers is temporary, after the total timeout', async () => {
    const started = Date.now();
    const result = await fetchPolicy('mta-sts-policy-timeout.test', { timeoutMs: 1500 });
    expect(result).toMatchObject({ outcome: 'temporary' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  });

  it('refuses a loopback address unless allowed, before connecting', async () => {
    const result = await fetchPolicy('mta-sts-enforce.test', { allow: false });
    expect(result).toMatchObject({ outcome: 'failed', failure: 'refused-address' });
    expect(result.outcome === 'failed' && result.detail).toMatch(/loopback address \(127\.0\.0\.1\)/);
  });

  it('a host without an address is definite; a DNS timeout is temporary', async () => {
    const fetcher = createHttpsFetcher({ port: server.port, ca: server.caPem });
    const request = policyOf('x.test');
    const none = await fetcher.get(request, createMemoryResolver({ 'x.test': { A: ['192.0.2.1'] } }));
    expect(none).toMatchObject({ outcome: 'failed', failure: 'no-address' });
    const failing = await fetcher.get(request, createMemoryResolver({ [request.host]: { fail: 'timeout' } }));
    expect(failing).toMatchObject({
      outcome: 'temporary',
      dns: [
        { name: request.host, type: 'A', outcome: 'timeout' },
        { name: request.host, type: 'AAAA', outcome: 'timeout' },
      ],
    });
  });

  it('a connection refused is temporary', async () => {
    const fetcher = createHttpsFetcher({ port: 1, ca: server.caPem, allowAddress: () => true });
    const request = policyOf('mta-sts-enforce.test');
    expect(await fetcher.get(request, createMemoryResolver(loopback(request.host)))).toMatchObject({
      outcome: 'temporary',
    });
  });

  it('tries the next address when one refuses the connection, A before AAAA', async () => {
    // 127.0.0.2 and ::1 are loopback too, but the fixture listens on 127.0.0.1 only: both refuse.
    const fetcher = createHttpsFetcher({ port: server.port, ca: server.caPem, allowAddress: () => true });
    const request = policyOf('mta-sts-enforce.test');
    const zone = (A: string[], AAAA: string[] = []) => createMemoryResolver({ [request.host]: { A, AAAA } });
    const second = await fetcher.get(request, zone(['127.0.0.2', '127.0.0.1']));
    expect(second.outcome === 'ok' && second.body.toString()).toContain('mode: enforce');
    const none = await fetcher.get(request, zone(['127.0.0.2'], ['::1']));
    expect(none).toMatchObject({ outcome: 'temporary' });
    expect(none.outcome === 'temporary' && none.detail).toMatch(/\(127\.0\.0\.2\): ECONNREFUSED.*\(::1\): E/);
  });

  it('tries at most 8 addresses: a long address list is not a list of targets to connect to', async () => {
    const fetcher = createHttpsFetcher({ port: server.port, ca: server.caPem, allowAddress: () => true });
    const request = policyOf('mta-sts-enforce.test');
    const refusing = Array.from({ length: 9 }, (_, i) => `127.0.0.${i + 2}`);
    const resolver = createMemoryResolver({ [request.host]: { A: [...refusing, '127.0.0.1'] } });
    const result = await fetcher.get(request, resolver);
    expect(result).toMatchObject({ outcome: 'temporary' });
    expect(result.outcome === 'temporary' && result.detail.match(/ECONNREFUSED/g)).toHaveLength(8);
  });

  it('does not try another address after a definite answer', async () => {
    const fetcher = createHttpsFetcher({ port: server.port, ca: server.caPem, allowAddress: () => true });
    const request = policyOf('mta-sts-policy-redirect.test');
    const resolver = createMemoryResolver({ [request.host]: { A: ['127.0.0.1', '127.0.0.2'] } });
    expect(await fetcher.get(request, resolver)).toMatchObject({ outcome: 'failed', failure: 'redirect' });
  });

  it('one non-public address among public ones refuses the host', async () => {
    const fetcher = createHttpsFetcher({ port: server.port, ca: server.caPem });
    const request = policyOf('mta-sts-enforce.test');
    const resolver = createMemoryResolver({ [request.host]: { A: ['192.0.2.80'], AAAA: ['::1'] } });
    expect(await fetcher.get(request, resolver)).toMatchObject({
      outcome: 'failed',
      failure: 'refused-address',
    });
  });

  it('without the test CA in its trust store, the certificate is refused', async () => {
    const fetcher = createHttpsFetcher({ port: server.port, allowAddress: () => true });
    const request = policyOf('mta-sts-enforce.test');
    expect(await fetcher.get(request, createMemoryResolver(loopback(request.host)))).toMatchObject({
      outcome: 'failed',
      failure: 'certificate',
    });
  });
});
