/**
 * How the workers' CPU splits between auditing and storing: audits the first N synthetic domains
 * (bench/scale) against a Knot server, in one process with one run cache, as a worker does but
 * without the database or the queue, and prints wall time, CPU ms per domain and queries per domain.
 * Compare with the CPU per domain of a scale run's workers (bench/scale/scale.sh) to see what the
 * database writes and BullMQ add.
 *
 *   tsx bench/scale-audit-cpu.bench.ts --count 2000 [--concurrency 32]
 */
import { parseArgs } from 'node:util';
import { runEngineAtKnot } from '@/bench/scale/engine-at-knot';
import { withScaleKnot } from '@/bench/scale/scale-knot';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { count: { type: 'string' }, concurrency: { type: 'string' } },
  });
  const count = Number(values.count ?? 2000);
  const concurrency = Number(values.concurrency ?? 32);
  await withScaleKnot(count, async (knot) => {
    let asked = 0;
    const run = await runEngineAtKnot(knot, count, concurrency, undefined, (report) => {
      asked += report.queries;
    });
    const perDomain = (ms: number) => (ms / count).toFixed(2);
    console.log(
      `${count} domains audited (no database, no queue), concurrency ${concurrency}: ` +
        `${run.seconds.toFixed(1)} s, ${(count / run.seconds).toFixed(0)} domains/s, ` +
        `${perDomain(run.cpuMs)} CPU ms/domain (user ${perDomain(run.userMs)}, system ${perDomain(run.systemMs)}), ${run.partial} partial`,
    );
    console.log(
      `queries per domain: ${(asked / count).toFixed(1)} asked, ${(run.queriesAtKnot / count).toFixed(1)} reached Knot`,
    );
  });
}

await main(process.argv.slice(2));
