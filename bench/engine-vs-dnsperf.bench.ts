/**
 * The bare engine's query rate at Knot against dnsperf's on the same Knot (issue 12: the engine
 * should reach 20 % of it), and the engine's CPU per query and per domain. One Knot with the first
 * N scale domains; engine, dnsperf, engine (A-B-A, so machine noise falls on both sides). dnsperf
 * replays the questions the engine's first run sent (its own-domain ones: all but the few shared
 * names the run cache answers), as many times as it can in the same number of seconds.
 * `--transport tcp`: the engine with KENSA_DNS_TRANSPORT=tcp and dnsperf with `-m tcp`.
 *
 *   tsx bench/engine-vs-dnsperf.bench.ts [--count 5000] [--concurrency 64] [--transport udp|tcp]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type KnotEngineRun, runEngineAtKnot } from '@/bench/scale/engine-at-knot';
import { type ScaleKnot, withScaleKnot } from '@/bench/scale/scale-knot';

const { values } = parseArgs({
  options: { count: { type: 'string' }, concurrency: { type: 'string' }, transport: { type: 'string' } },
});
const count = Number(values.count ?? 5000);
const concurrency = Number(values.concurrency ?? 64);
const transport = values.transport === 'tcp' ? 'tcp' : 'udp';

interface DnsperfRun {
  qps: number;
  cpuUsPerQuery: number;
}

/** dnsperf's own summary line and its CPU (bash `time`), for `seconds` against Knot. */
function runDnsperf(knot: ScaleKnot, file: string, seconds: number): Promise<DnsperfRun> {
  const command = `TIMEFORMAT='%U %S'; time dnsperf -s 127.0.0.1 -p ${knot.port} -d ${file} -l ${seconds} -c 4 -q 256 -m ${transport}`;
  return new Promise((resolve, reject) => {
    execFile('/bin/bash', ['-c', command], (error, stdout, stderr) => {
      if (error) return reject(error);
      const qps = Number(/Queries per second:\s+([\d.]+)/.exec(stdout)?.[1]);
      const completed = Number(/Queries completed:\s+(\d+)/.exec(stdout)?.[1]);
      const [user, system] = stderr.trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
      if (!qps || !completed || user === undefined || system === undefined)
        return reject(new Error(`unexpected dnsperf output:\n${stdout}\n${stderr}`));
      resolve({ qps, cpuUsPerQuery: ((user + system) * 1e6) / completed });
    });
  });
}

const summarize = (run: KnotEngineRun) => {
  const qps = run.queriesAtKnot / run.seconds;
  return (
    `${(run.domains / run.seconds).toFixed(0)} domains/s, ${qps.toFixed(0)} qps at Knot, ` +
    `${((run.cpuMs * 1000) / run.queriesAtKnot).toFixed(1)} µs CPU/query, ` +
    `${(run.cpuMs / run.domains).toFixed(2)} CPU ms/domain, ${run.partial} partial`
  );
};

await withScaleKnot(count, async (knot) => {
  const root = await mkdtemp(join(tmpdir(), 'kensa-dnsperf-'));
  try {
    const questions: string[] = [];
    const a1 = await runEngineAtKnot(
      knot,
      count,
      concurrency,
      (name, type) => questions.push(`${name} ${type}`),
      undefined,
      0,
      transport,
    );
    console.log(`A engine:  ${summarize(a1)}`);
    const file = join(root, 'queries.txt');
    await writeFile(file, `${questions.join('\n')}\n`);
    const b = await runDnsperf(knot, file, Math.max(5, Math.round(a1.seconds)));
    console.log(`B dnsperf: ${b.qps.toFixed(0)} qps, ${b.cpuUsPerQuery.toFixed(1)} µs CPU/query`);
    const a2 = await runEngineAtKnot(knot, count, concurrency, undefined, undefined, 0, transport);
    console.log(`A engine:  ${summarize(a2)}`);
    const engineQps = (a1.queriesAtKnot / a1.seconds + a2.queriesAtKnot / a2.seconds) / 2;
    const domainsPerSecond = (a1.domains / a1.seconds + a2.domains / a2.seconds) / 2;
    const cpuPerQuery = ((a1.cpuMs + a2.cpuMs) * 1000) / (a1.queriesAtKnot + a2.queriesAtKnot);
    console.log(
      `over ${transport}: engine / dnsperf qps: ${(engineQps / b.qps).toFixed(3)} (${engineQps.toFixed(0)} / ${b.qps.toFixed(0)}); ` +
        `CPU per query engine / dnsperf: ${(cpuPerQuery / b.cpuUsPerQuery).toFixed(1)}× ` +
        `(${cpuPerQuery.toFixed(1)} / ${b.cpuUsPerQuery.toFixed(1)} µs); engine ${domainsPerSecond.toFixed(0)} domains/s`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
