/**
 * The circuit breaker against real sockets: a relay in front of Knot that can be switched off (it
 * then drops every datagram, so tries really time out) and on again.
 */
import { createSocket, type RemoteInfo } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempKnot, type TempKnot, zoneFile } from '../../testing/knot/temp-knot';
import { createCircuitBreaker } from './circuit-breaker';
import { createDnsClient } from './dns-client';

let knot: TempKnot;

beforeAll(async () => {
  knot = await startTempKnot({ 'x.test': zoneFile('x.test', 'www A 192.0.2.1') });
});
afterAll(async () => {
  await knot?.stop();
});

/** A UDP relay to Knot; while `up` is false it drops everything, as a dead resolver would. */
async function startSwitchableRelay(target: number) {
  const front = createSocket('udp4');
  const back = createSocket('udp4');
  const waiting = new Map<number, RemoteInfo>();
  const state = { up: true };
  front.on('message', (message, from) => {
    if (!state.up) return;
    waiting.set(message.readUInt16BE(0), from);
    back.send(message, target, '127.0.0.1');
  });
  back.on('message', (message) => {
    const to = waiting.get(message.readUInt16BE(0));
    if (to && state.up) front.send(message, to.port, to.address);
  });
  await new Promise<void>((resolve) => front.bind(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => back.bind(0, '127.0.0.1', resolve));
  return {
    state,
    port: (front.address() as AddressInfo).port,
    close() {
      front.close();
      back.close();
    },
  };
}

const query = (n: number) => `q${n}.www.x.test`;

describe('circuit breaker', () => {
  it('opens after a silent resolver ignores enough tries, fails at once while open, closes when it answers', async () => {
    const relay = await startSwitchableRelay(knot.port);
    const client = createDnsClient({
      servers: [{ host: '127.0.0.1', port: relay.port }],
      timeoutMs: 200,
      tries: 1,
      breakerThreshold: 5,
      breakerOpenMs: 300,
    });
    try {
      expect((await client.query('www.x.test', 'A')).outcome).toBe('answer');
      relay.state.up = false;
      // Five real timeouts in a row, after 200 ms of silence: the breaker opens.
      const timedOut = await Promise.all([1, 2, 3, 4, 5].map((n) => client.query(query(n), 'A')));
      expect(timedOut.map((a) => [a.outcome, a.unreachable])).toEqual(Array(5).fill(['timeout', undefined]));
      const started = performance.now();
      const failedFast = await client.query('www.x.test', 'A');
      expect(performance.now() - started).toBeLessThan(100);
      expect(failedFast).toMatchObject({ outcome: 'timeout', records: [], unreachable: true });
      expect(failedFast.detail).toContain('resolver unreachable');
      expect(client.stats().shortCircuited).toBe(1);
      // After 300 ms a probe of the client's own goes out; real queries still fail at once, and
      // with the resolver silent the probe times out and the breaker opens again.
      await sleep(350);
      expect((await client.query(query(6), 'A')).unreachable).toBe(true);
      await sleep(250);
      expect((await client.query(query(7), 'A')).unreachable).toBe(true);
      // The resolver is back: the next probe is answered and the breaker closes.
      relay.state.up = true;
      await sleep(350);
      expect((await client.query(query(8), 'A')).unreachable).toBe(true);
      await sleep(100);
      const after = await Promise.all([1, 2, 3].map(() => client.query('www.x.test', 'A')));
      expect(after.map((a) => a.outcome)).toEqual(['answer', 'answer', 'answer']);
    } finally {
      client.close();
      relay.close();
    }
  });

  it('fails over to a server that answers while the other is open', async () => {
    const dead = await startSwitchableRelay(knot.port);
    dead.state.up = false;
    const client = createDnsClient({
      servers: [
        { host: '127.0.0.1', port: dead.port },
        { host: '127.0.0.1', port: knot.port },
      ],
      timeoutMs: 200,
      tries: 2,
      breakerThreshold: 3,
      breakerOpenMs: 60_000,
    });
    try {
      // Each query tries the dead server first (in turn) and then Knot, until the dead one's breaker opens.
      await Promise.all([1, 2, 3, 4].map((n) => client.query(query(n), 'A')));
      const sentBefore = client.stats().sent;
      const answers = await Promise.all([1, 2, 3, 4].map(() => client.query('www.x.test', 'A')));
      expect(answers.map((a) => a.outcome)).toEqual(['answer', 'answer', 'answer', 'answer']);
      // Only Knot was asked: one try per query, no timeouts waited for.
      expect(client.stats().sent - sentBefore).toBe(4);
    } finally {
      client.close();
      dead.close();
    }
  });

  it('does not open while the server keeps answering other queries (one domain with dead name servers)', () => {
    let clock = 0;
    const breaker = createCircuitBreaker({ threshold: 3, openMs: 1000, silenceMs: 200, now: () => clock });
    clock = 150;
    breaker.replied();
    clock = 300;
    for (let n = 0; n < 10; n++) breaker.noReply();
    expect(breaker.state()).toBe('closed');
    clock = 400;
    breaker.noReply();
    expect(breaker.state()).toBe('open');
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
