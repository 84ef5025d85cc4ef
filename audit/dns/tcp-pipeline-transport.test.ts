import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempKnot, type TempKnot, zoneFile } from '../../testing/knot/temp-knot';
import { createDnsClient } from './dns-client';
import type { RRType } from './types';

const long = (c: string) => c.repeat(250);
// About 3 KB: over UDP it comes back truncated, over TCP whole (RFC 7766 §5).
const bigTxt = ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => `big TXT "${long(c)}" "${long(c)}"`).join('\n');
const selectors = Array.from({ length: 40 }, (_, i) => `s${i}._domainkey TXT "v=DKIM1; p=K${i}"`).join('\n');

let knot: TempKnot;

beforeAll(async () => {
  knot = await startTempKnot({
    'x.test': zoneFile(
      'x.test',
      `
www A 192.0.2.1
@ MX 10 mx1.x.test.
@ TXT "v=spf1 -all"
alias CNAME www
${bigTxt}
${selectors}
`,
    ),
  });
});
afterAll(async () => {
  await knot?.stop();
});

/** What a DKIM wave asks at once: 40 selectors that exist, 40 that do not, and a few others. */
const questions: Array<[string, RRType]> = [
  ...Array.from({ length: 80 }, (_, i): [string, RRType] => [`s${i}._domainkey.x.test`, 'TXT']),
  ['www.x.test', 'A'],
  ['x.test', 'MX'],
  ['x.test', 'TXT'],
  ['alias.x.test', 'A'],
  ['nope.x.test', 'A'],
  ['big.x.test', 'TXT'],
];

const CONNECTIONS = 4;

async function askAll(port: number, transport: 'udp' | 'tcp', tries = 3) {
  const client = createDnsClient({
    servers: [{ host: '127.0.0.1', port }],
    timeoutMs: 2000,
    tries,
    transport,
    socketsPerServer: CONNECTIONS,
  });
  try {
    const answers = await Promise.all(questions.map(([name, type]) => client.query(name, type)));
    return { answers, stats: client.stats() };
  } finally {
    client.close();
  }
}

/**
 * A TCP proxy in front of Knot that hands each connection to `relay`, which gets both ends and
 * decides what the client sees.
 */
async function withProxy<T>(
  relay: (client: Socket, knotSide: Socket, connection: number) => void,
  run: (port: number) => Promise<T>,
): Promise<T> {
  let connections = 0;
  const server: Server = createServer((client) => {
    const knotSide = connect({ host: '127.0.0.1', port: knot.port });
    client.on('error', () => knotSide.destroy());
    knotSide.on('error', () => client.destroy());
    relay(client, knotSide, connections++);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await run((server.address() as { port: number }).port);
  } finally {
    server.close();
  }
}

/** Knot's replies, split into messages by their length prefixes. */
function onMessages(socket: Socket, see: (framed: Buffer) => void): void {
  let data = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    data = Buffer.concat([data, chunk]);
    while (data.length >= 2 && data.length >= 2 + data.readUInt16BE(0)) {
      see(data.subarray(0, 2 + data.readUInt16BE(0)));
      data = data.subarray(2 + data.readUInt16BE(0));
    }
  });
}

describe('pipelined TCP', () => {
  it('answers as UDP does, every query over TCP, a large answer whole', async () => {
    const [overUdp, overTcp] = await Promise.all([askAll(knot.port, 'udp'), askAll(knot.port, 'tcp')]);
    expect(overTcp.answers).toEqual(overUdp.answers);
    expect(overTcp.answers[0]).toMatchObject({ outcome: 'answer', records: [['v=DKIM1; p=K0']] });
    expect(overTcp.answers[79]?.outcome).toBe('nxdomain');
    expect(overTcp.answers.at(-1)?.records).toHaveLength(6);
    // The CNAME's target is in the same reply: one query per question.
    expect(overTcp.stats).toMatchObject({
      sent: questions.length,
      tcp: questions.length,
      udp: 0,
      retries: 0,
    });
  });

  it('reads replies split anywhere and replies in any order (RFC 7766 §7)', async () => {
    const direct = await askAll(knot.port, 'tcp');
    const reordered = await withProxy(
      (client, knotSide) => {
        client.pipe(knotSide);
        // Knot's replies held until 10 have come (or none came for 50 ms), then sent newest
        // first, one byte per write.
        let held: Buffer[] = [];
        let quiet: NodeJS.Timeout | undefined;
        const release = () => {
          const bytes = Buffer.concat(held.reverse());
          held = [];
          for (let i = 0; i < bytes.length; i++) client.write(bytes.subarray(i, i + 1));
        };
        onMessages(knotSide, (framed) => {
          held.push(Buffer.from(framed));
          clearTimeout(quiet);
          if (held.length >= 10) release();
          else quiet = setTimeout(release, 50);
        });
      },
      (port) => askAll(port, 'tcp'),
    );
    expect(reordered.answers).toEqual(direct.answers);
  });

  it('sends the queries asked together on one connection, in one write', async () => {
    const writes: number[] = [];
    const count = (client: Socket, knotSide: Socket, connection: number) => {
      client.on('data', () => writes.push(connection));
      client.pipe(knotSide).pipe(client);
    };
    const { answers } = await withProxy(count, (port) => askAll(port, 'tcp'));
    expect(answers).toHaveLength(questions.length);
    // All asked in one synchronous stretch: one connection opened; the kernel may split the write.
    expect(new Set(writes)).toEqual(new Set([0]));
  });

  it('fails the queries of a connection the server closes, never as missing, and retries them on a new one', async () => {
    // The first connection closes as soon as queries arrive (the queries asked together all went on
    // it: channel-transport.ts's turns per stretch); later ones reach Knot.
    const closeFirst = (client: Socket, knotSide: Socket, connection: number) => {
      if (connection === 0) {
        client.once('data', () => client.destroy());
        return;
      }
      client.pipe(knotSide).pipe(client);
    };
    const once = await withProxy(closeFirst, (port) => askAll(port, 'tcp', 1));
    for (const answer of once.answers) {
      expect(answer.outcome).toBe('timeout');
      expect(answer.detail).toContain('TCP connection closed');
    }
    const retried = await withProxy(closeFirst, (port) => askAll(port, 'tcp', 2));
    const direct = await askAll(knot.port, 'tcp');
    expect(retried.answers).toEqual(direct.answers);
    expect(retried.stats.retries).toBe(questions.length);
  });
});
