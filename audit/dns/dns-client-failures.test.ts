import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../testing/knot/find-free-port';
import { startTempKnot, type TempKnot, zoneFile } from '../../testing/knot/temp-knot';
import { createDnsClient } from './dns-client';

let knot: TempKnot;
let silentPort: number;

beforeAll(async () => {
  knot = await startTempKnot({ 'x.test': zoneFile('x.test', 'www A 192.0.2.1') });
  silentPort = await findFreePort();
});
afterAll(async () => {
  await knot?.stop();
});

describe('temporary failures', () => {
  it('times out against a port where nothing listens, after every try, saying where', async () => {
    const client = createDnsClient({
      servers: [{ host: '127.0.0.1', port: silentPort }],
      timeoutMs: 200,
      tries: 2,
      backoffMs: 10,
    });
    const started = Date.now();
    const answer = await client.query('www.x.test', 'A');
    client.close();
    expect(answer).toMatchObject({ outcome: 'timeout', records: [], ttl: null });
    expect(answer.detail).toBe(
      `www.x.test A: after 2 tries: 127.0.0.1:${silentPort} no reply within 200 ms (×2)`,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(client.stats()).toEqual({ sent: 2, udp: 2, tcp: 0, retries: 1, timeouts: 2, shortCircuited: 0 });
  });

  it('moves on to the next server when one does not answer', async () => {
    const client = createDnsClient({
      servers: [
        { host: '127.0.0.1', port: silentPort },
        { host: '127.0.0.1', port: knot.port },
      ],
      timeoutMs: 200,
      tries: 2,
    });
    expect((await client.query('www.x.test', 'A')).records).toEqual(['192.0.2.1']);
    expect(client.stats()).toMatchObject({ sent: 2, retries: 1, timeouts: 1 });
    client.close();
  });

  it('retries SERVFAIL (Knot gives it for a zone whose file failed to load), then reports it', async () => {
    await knot.writeZone('broken.test', 'this is not a zone file\n');
    await expect(knot.reload()).rejects.toThrow(/failed/);
    const client = createDnsClient({
      servers: [{ host: '127.0.0.1', port: knot.port }],
      tries: 3,
      backoffMs: 5,
    });
    const answer = await client.query('www.broken.test', 'TXT');
    client.close();
    expect(answer).toMatchObject({ outcome: 'servfail', ttl: null });
    expect(answer.detail).toBe(`www.broken.test TXT: after 3 tries: 127.0.0.1:${knot.port} SERVFAIL (×3)`);
    expect(client.stats()).toMatchObject({ sent: 3, retries: 2, timeouts: 0 });
  });

  it('ignores a hostile reply (a compression loop) and says so when the query times out', async () => {
    const hostile = createSocket('udp4');
    hostile.on('message', (query, peer) => {
      // Same id, QR set, one question whose name is a pointer to itself (RFC 1035 §4.1.4).
      const reply = Buffer.from([0, 0, 0x81, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 12, 0, 1, 0, 1]);
      query.copy(reply, 0, 0, 2);
      hostile.send(reply, peer.port, peer.address);
    });
    await new Promise<void>((bound) => hostile.bind(0, '127.0.0.1', bound));
    const client = createDnsClient({
      servers: [{ host: '127.0.0.1', port: hostile.address().port }],
      timeoutMs: 200,
      tries: 1,
    });
    const answer = await client.query('www.x.test', 'A');
    client.close();
    hostile.close();
    expect(answer).toMatchObject({ outcome: 'timeout', records: [] });
    expect(answer.detail).toMatch(
      /no reply within 200 ms \(ignored a reply: malformed: compression pointer that does not point backwards\)/,
    );
  });

  it('answers timeout once closed', async () => {
    const client = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }] });
    client.close();
    expect(await client.query('www.x.test', 'A')).toMatchObject({
      outcome: 'timeout',
      detail: expect.stringMatching(/closed/),
    });
  });
});

describe('a stalled process', () => {
  // The event loop runs timers before it reads sockets: after a stall, replies that arrived meanwhile
  // sit unread while the timeout sweep runs. They must not be taken for silence of the server.
  it.each(['udp', 'tcp'] as const)(
    'over %s, reads the replies that came while it stalled: no timeout, breaker closed',
    async (transport) => {
      const client = createDnsClient({
        servers: [{ host: '127.0.0.1', port: knot.port }],
        transport,
        timeoutMs: 200,
        tries: 1,
        breakerThreshold: 5,
      });
      // Every channel connected before the stall, so the queries below leave at once.
      await Promise.all(Array.from({ length: 8 }, () => client.query('www.x.test', 'A')));
      const answers = Promise.all(Array.from({ length: 40 }, (_, i) => client.query(`n${i}.x.test`, 'A')));
      const until = performance.now() + 700;
      while (performance.now() < until) {
        // a synchronous stall: a long task, a major GC, no CPU on a loaded host
      }
      expect((await answers).map((answer) => answer.outcome)).toEqual(Array(40).fill('nxdomain'));
      expect(client.stats()).toMatchObject({ timeouts: 0, shortCircuited: 0 });
      expect((await client.query('www.x.test', 'A')).records).toEqual(['192.0.2.1']);
      client.close();
    },
  );
});

describe('load', () => {
  it('answers many concurrent queries through a bounded number in flight', async () => {
    const client = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], maxInFlight: 16 });
    const names = Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? 'www.x.test' : `n${i}.x.test`));
    const answers = await Promise.all(names.map((name) => client.query(name, 'A')));
    client.close();
    expect(answers.filter((a) => a.outcome === 'answer')).toHaveLength(250);
    expect(answers.filter((a) => a.outcome === 'nxdomain')).toHaveLength(250);
    expect(client.stats()).toMatchObject({ sent: 500, retries: 0 });
  });

  it('spaces queries when capped per second', async () => {
    const client = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], maxPerSecond: 50 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 11 }, () => client.query('www.x.test', 'A')));
    client.close();
    // 11 queries at 50/s: the last starts 10 × 20 ms after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(195);
  });
});
