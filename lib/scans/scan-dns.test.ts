import { expect, it } from 'vitest';
import { createScanDns } from './scan-dns';

const servers = process.env.KENSA_DNS_SERVERS;
if (!servers) throw new Error('lib/scans/scan-dns.test.ts needs KENSA_DNS_SERVERS (the fixture Knot server)');

const settings = { KENSA_DNS_SERVERS: servers, KENSA_DNS_TIMEOUT_MS: 2000, KENSA_DNS_TRIES: 3 };

it('caps DNS queries per second (KENSA_DNS_QPS) and caches per run', async () => {
  const dns = await createScanDns({ ...settings, KENSA_DNS_QPS: 20 });
  const resolver = dns.resolverFor('run-1');
  const names = Array.from({ length: 21 }, (_, i) => `n${i}.healthy.test`);
  const started = performance.now();
  await Promise.all(names.map((name) => resolver.query(name, 'TXT')));
  const elapsed = performance.now() - started;
  // 21 queries spaced 50 ms apart: the last starts 1 s after the first.
  expect(elapsed).toBeGreaterThanOrEqual(950);
  await resolver.query('n0.healthy.test', 'TXT');
  expect(dns.stats().sent).toBe(21);
  // Another run has its own cache.
  await dns.resolverFor('run-2').query('n0.healthy.test', 'TXT');
  expect(dns.stats().sent).toBe(22);
  dns.close();
});
