/**
 * What the DNS client adds to a bare socket (issue 12): the network questions of one engine pass
 * over the first N scale domains, replayed at the same Knot through `createDnsClient` (a window of
 * `--window` queries waiting at once, each awaited as an audit does) and through a bare loop of
 * 4 connected `dgram` sockets (send, receive, send the next; no parsing beyond the datagram), in
 * one process, A-B-A-B-A. The bare loop is the floor of Node's UDP; the difference is the client's
 * JavaScript. Prints CPU µs per query (process.cpuUsage) and the queries per second.
 *
 *   tsx bench/dns-client-vs-socket.bench.ts [--count 2000] [--window 256] [--rounds 2]
 */
import { createSocket, type Socket } from 'node:dgram';
import { parseArgs } from 'node:util';
import { createDnsClient } from '@/audit/dns/dns-client';
import type { RRType } from '@/audit/dns/types';
import { encodeQuery, newQuery } from '@/audit/dns/wire-message';
import { runEngineAtKnot } from '@/bench/scale/engine-at-knot';
import { type ScaleKnot, withScaleKnot } from '@/bench/scale/scale-knot';

const { values } = parseArgs({
  options: { count: { type: 'string' }, window: { type: 'string' }, rounds: { type: 'string' } },
});
const count = Number(values.count ?? 2000);
const window = Number(values.window ?? 256);
const rounds = Number(values.rounds ?? 2);

interface Pass {
  microsPerQuery: number;
  queriesPerSecond: number;
}

type Question = readonly [string, RRType];

function measure(queries: number, started: NodeJS.CpuUsage, startedAt: number): Pass {
  const used = process.cpuUsage(started);
  return {
    microsPerQuery: (used.user + used.system) / queries,
    queriesPerSecond: queries / ((performance.now() - startedAt) / 1000),
  };
}

async function viaClient(knot: ScaleKnot, questions: Question[]): Promise<Pass> {
  const client = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], maxInFlight: window });
  const started = process.cpuUsage();
  const startedAt = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < questions.length) {
      const [name, type] = questions[next++] as Question;
      await client.query(name, type);
    }
  };
  await Promise.all(Array.from({ length: window }, lane));
  const pass = measure(questions.length, started, startedAt);
  client.close();
  return pass;
}

const connected = (port: number) =>
  new Promise<Socket>((resolve) => {
    const socket = createSocket({ type: 'udp4', recvBufferSize: 4 * 1024 * 1024 });
    socket.connect(port, '127.0.0.1', () => resolve(socket));
  });

/** The floor: one datagram out per datagram in. A reply lost on a loaded machine ends the pass after 1 s of silence. */
async function viaSockets(knot: ScaleKnot, questions: Question[]): Promise<Pass> {
  const sockets = await Promise.all(Array.from({ length: 4 }, () => connected(knot.port)));
  const messages = questions.map(([name, type]) => encodeQuery(newQuery(name.toLowerCase(), type)));
  const started = process.cpuUsage();
  const startedAt = performance.now();
  let next = 0;
  let replies = 0;
  await new Promise<void>((resolve) => {
    let lastReplyAt = performance.now();
    const watchdog = setInterval(() => {
      if (performance.now() - lastReplyAt > 1000) finish();
    }, 100);
    const finish = () => {
      clearInterval(watchdog);
      resolve();
    };
    const sendNext = (socket: Socket) => {
      if (next < messages.length) socket.send(messages[next++] as Buffer);
    };
    for (const socket of sockets)
      socket.on('message', () => {
        lastReplyAt = performance.now();
        if (++replies === messages.length) finish();
        else sendNext(socket);
      });
    for (let i = 0; i < window; i++) sendNext(sockets[i % sockets.length] as Socket);
  });
  const pass = measure(replies, started, startedAt);
  for (const socket of sockets) socket.close();
  return pass;
}

await withScaleKnot(count, async (knot) => {
  const questions: Question[] = [];
  await runEngineAtKnot(knot, count, 64, (name, type) => questions.push([name, type as RRType]));
  console.log(`${questions.length} network questions of ${count} domains, window ${window}`);
  await viaClient(knot, questions); // both warm before timing
  await viaSockets(knot, questions);
  const client: Pass[] = [];
  const sockets: Pass[] = [];
  const show = (label: string, pass: Pass) =>
    console.log(
      `${label} ${pass.microsPerQuery.toFixed(1)} µs CPU/query, ${pass.queriesPerSecond.toFixed(0)} qps`,
    );
  for (let round = 0; round < rounds; round++) {
    client.push(await viaClient(knot, questions));
    show('A client: ', client.at(-1) as Pass);
    sockets.push(await viaSockets(knot, questions));
    show('B sockets:', sockets.at(-1) as Pass);
  }
  client.push(await viaClient(knot, questions));
  show('A client: ', client.at(-1) as Pass);
  const mean = (passes: Pass[]) => passes.reduce((sum, pass) => sum + pass.microsPerQuery, 0) / passes.length;
  console.log(
    `client / bare sockets, CPU per query: ${(mean(client) / mean(sockets)).toFixed(2)} ` +
      `(${mean(client).toFixed(1)} / ${mean(sockets).toFixed(1)} µs); the client adds ${(mean(client) - mean(sockets)).toFixed(1)} µs per query`,
  );
});
