/**
 * How fast `kensa mail-stats` ingests a local mbox (issue 13 asks for ≥ 50,000 messages/s of headers
 * per process): writes a synthetic mbox (seeded; ~3 KB header and 1–4 KB body a message), reads it
 * with the same code as the CLI (mbox splitter, header fields, Authentication-Results, tally) and
 * prints for each of `--runs` runs messages per second of wall time and per second of this process's
 * CPU time (user + system: what one process sustains, whatever else loads the machine), then the
 * medians.
 *
 *   tsx bench/ingest-mbox.bench.ts [--count 200000] [--runs 3]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MailStatsTally } from '@/audit/received-mail/mail-stats';
import { readMailPaths } from '@/cli/read-mail-paths';
import { writeSyntheticMbox } from '@/testing/received-mail/synthetic-mbox';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { count: { type: 'string' }, runs: { type: 'string' } },
  });
  const count = Number(values.count ?? 200_000);
  const runs = Number(values.runs ?? 3);
  const root = await mkdtemp(join(tmpdir(), 'kensa-ingest-'));
  try {
    const path = join(root, 'synthetic.mbox');
    const bytes = await writeSyntheticMbox(path, count);
    console.log(`${count} messages, ${(bytes / 1e6).toFixed(0)} MB`);
    const rates: number[] = [];
    const cpuRates: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const tally = new MailStatsTally({ trusted: ['mx.kensa.test'], by: 'week', timeZone: 'Asia/Tokyo' });
      const started = performance.now();
      const cpu = process.cpuUsage();
      await readMailPaths([path], (block) => tally.add(block));
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const cpuSeconds = (used.user + used.system) / 1e6;
      const stats = tally.result();
      if (stats.counted !== count) throw new Error(`counted ${stats.counted} of ${count}`);
      rates.push(count / seconds);
      cpuRates.push(count / cpuSeconds);
      console.log(
        `run ${run}: ${Math.round(count / seconds)} messages/s wall (${(bytes / 1e6 / seconds).toFixed(0)} MB/s), ${Math.round(count / cpuSeconds)} messages/CPU-s`,
      );
    }
    console.log(
      `median: ${Math.round(median(rates))} messages/s wall, ${Math.round(median(cpuRates))} messages/CPU-s`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

await main(process.argv.slice(2));
