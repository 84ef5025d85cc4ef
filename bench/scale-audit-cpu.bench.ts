/**
 * How the workers' CPU splits between auditing and storing: audits the first N synthetic domains
 * (bench/scale) against a Knot server, in one process with one run cache, as a worker does but
 * without the database or the queue, and prints wall time, CPU ms per domain and queries per domain.
 * Compare with the CPU per domain of a scale run's workers (bench/scale/scale.sh) to see what the
 * database writes and BullMQ add.
 *
 * `--warmup N` first audits N other domains (those after the timed ones, with their own run cache)
 * so that the timed run sees a process whose code V8 has already optimized, as a worker's is after
 * its first minute: at 1,500 domains a cold process spent ~0.5 CPU ms per domain more than at 4,500,
 * most of it TurboFan compiling (perf). 0 measures a cold process.
 *
 * `--transports udp,tcp,udp` times one run per entry, in turn, each with KENSA_DNS_TRANSPORT set so
 * (the warm-up runs each transport once first), and prints each transport's mean and their ratio.
 *
 *   tsx bench/scale-audit-cpu.bench.ts --count 2000 [--concurrency 32] [--warmup 1000] [--transports udp,tcp,udp]
 */
import { parseArgs } from 'node:util';
import { type KnotEngineRun, runEngineAtKnot } from '@/bench/scale/engine-at-knot';
import { withScaleKnot } from '@/bench/scale/scale-knot';

type Transport = 'udp' | 'tcp';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string' },
      concurrency: { type: 'string' },
      warmup: { type: 'string' },
      transports: { type: 'string' },
    },
  });
  const count = Number(values.count ?? 2000);
  const concurrency = Number(values.concurrency ?? 32);
  const warmup = Number(values.warmup ?? 0);
  const order = (values.transports ?? 'udp')
    .split(',')
    .map((t) => (t === 'tcp' ? 'tcp' : 'udp') as Transport);
  await withScaleKnot(count + warmup, async (knot) => {
    if (warmup > 0)
      for (const transport of new Set(order))
        await runEngineAtKnot(knot, warmup, concurrency, undefined, undefined, count, transport);
    const runs: Array<{ transport: Transport; run: KnotEngineRun }> = [];
    for (const transport of order) {
      let asked = 0;
      const run = await runEngineAtKnot(
        knot,
        count,
        concurrency,
        undefined,
        (report) => {
          asked += report.queries;
        },
        0,
        transport,
      );
      runs.push({ transport, run });
      const perDomain = (ms: number) => (ms / count).toFixed(2);
      console.log(
        `${count} domains audited over ${transport} (no database, no queue), concurrency ${concurrency}, after ${warmup} warm-up: ` +
          `${run.seconds.toFixed(1)} s, ${(count / run.seconds).toFixed(0)} domains/s, ` +
          `${perDomain(run.cpuMs)} CPU ms/domain (user ${perDomain(run.userMs)}, system ${perDomain(run.systemMs)}), ${run.partial} partial`,
      );
      console.log(
        `queries per domain: ${(asked / count).toFixed(1)} asked, ${(run.queriesAtKnot / count).toFixed(1)} reached Knot`,
      );
    }
    const mean = (transport: Transport) => {
      const own = runs.filter((r) => r.transport === transport).map((r) => r.run.cpuMs / count);
      return own.reduce((sum, ms) => sum + ms, 0) / own.length;
    };
    if (order.includes('udp') && order.includes('tcp'))
      console.log(
        `CPU ms/domain tcp / udp: ${(mean('tcp') / mean('udp')).toFixed(2)} (${mean('tcp').toFixed(3)} / ${mean('udp').toFixed(3)})`,
      );
  });
}

await main(process.argv.slice(2));
