import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempKnot, type TempKnot, zoneFile } from '../../testing/knot/temp-knot';
import { createCachingResolver } from './caching-resolver';
import { createCountingResolver } from './counting-resolver';
import { createDnsClient, type DnsClient } from './dns-client';

let knot: TempKnot;
let client: DnsClient;

beforeAll(async () => {
  knot = await startTempKnot({
    'x.test': zoneFile('x.test', 'a 30 A 192.0.2.1\nb A 192.0.2.2\nc A 192.0.2.3\nshort 0 A 192.0.2.4'),
  });
  client = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], tries: 1, timeoutMs: 500 });
});
afterAll(async () => {
  client?.close();
  await knot?.stop();
});

/** A cache over the Knot client with a hand-driven clock; `network` counts what reaches the client. */
function setUp(maxEntries = 100, maxTtlSeconds = 3600) {
  const clock = { ms: 0 };
  const network = createCountingResolver(client);
  const cache = createCachingResolver(network.resolver, { maxEntries, maxTtlSeconds, now: () => clock.ms });
  return { clock, network, cache };
}

describe('createCachingResolver', () => {
  it('serves an answer from the cache until its TTL runs out', async () => {
    const { clock, network, cache } = setUp();
    expect((await cache.query('a.x.test', 'A')).records).toEqual(['192.0.2.1']);
    clock.ms = 29_999;
    expect((await cache.query('A.X.TEST.', 'A')).ttl).toBe(30);
    expect(network.count()).toBe(1);
    clock.ms = 30_000;
    await cache.query('a.x.test', 'A');
    expect(network.count()).toBe(2);
  });

  it('caps the time in cache at maxTtlSeconds and never keeps a TTL of 0', async () => {
    const { clock, network, cache } = setUp(100, 10);
    await cache.query('b.x.test', 'A');
    clock.ms = 10_000;
    await cache.query('b.x.test', 'A');
    await cache.query('short.x.test', 'A');
    await cache.query('short.x.test', 'A');
    expect(network.count()).toBe(4);
  });

  it('caches NXDOMAIN and NODATA for the negative TTL', async () => {
    const { clock, network, cache } = setUp();
    await cache.query('none.x.test', 'A');
    await cache.query('a.x.test', 'TXT');
    clock.ms = 59_000;
    expect((await cache.query('none.x.test', 'A')).outcome).toBe('nxdomain');
    expect((await cache.query('a.x.test', 'TXT')).outcome).toBe('nodata');
    expect(network.count()).toBe(2);
  });

  it('does not keep temporary outcomes', async () => {
    const { network, cache } = setUp();
    expect((await cache.query('example.org', 'A')).outcome).toBe('refused');
    await cache.query('example.org', 'A');
    expect(network.count()).toBe(2);
  });

  it('drops the least recently used entry beyond maxEntries', async () => {
    const { network, cache } = setUp(2);
    await cache.query('a.x.test', 'A');
    await cache.query('b.x.test', 'A');
    await cache.query('a.x.test', 'A');
    await cache.query('c.x.test', 'A'); // evicts b, the least recently used
    expect(network.count()).toBe(3);
    await cache.query('a.x.test', 'A');
    expect(network.count()).toBe(3);
    await cache.query('b.x.test', 'A');
    expect(network.count()).toBe(4);
  });

  it('sends identical queries in flight only once', async () => {
    const { network, cache } = setUp();
    const answers = await Promise.all([1, 2, 3].map(() => cache.query('c.x.test', 'A')));
    expect(answers.map((a) => a.records)).toEqual([['192.0.2.3'], ['192.0.2.3'], ['192.0.2.3']]);
    expect(network.count()).toBe(1);
  });
});
