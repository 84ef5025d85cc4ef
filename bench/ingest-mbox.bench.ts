/**
 * How fast `kensa mail-stats` ingests a local mbox (issue 13 asks for ≥ 50,000 messages/s of headers
 * per process): writes a synthetic mbox (seeded; ~3 KB header and 1–4 KB body a message), reads it
 * with the same code as the CLI (mbox splitter, header fields, Authentication-Results, tally).
 *
 * The primary figure is messages per CPU-second of this process (user + system,
 * `process.cpuUsage`): on a shared machine wall time mostly measures the neighbours. Each run is
 * A-B-A: ingest (A), a bare read of the same file that only counts "From " lines (B, the floor of
 * any mbox reader: the same reads, no parsing), ingest again; the ratio A/B of CPU time is what
 * ingest costs over reading the bytes, taken from passes seconds apart so that both see the same
 * load. See docs/received-mail.md, "Ingest speed", for the figures and how they were taken.
 * A first ingest warms the JIT and is printed apart from the medians.
 *
 *   tsx bench/ingest-mbox.bench.ts [--count 200000] [--runs 3]
 */
import { Buffer } from 'node:buffer';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MailStatsTally } from '@/audit/received-mail/mail-stats';
import { readMailPaths } from '@/cli/read-mail-paths';
import { writeSyntheticMbox } from '@/testing/received-mail/synthetic-mbox';

interface Pass {
  cpuSeconds: number;
  wallSeconds: number;
}

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
    console.log(`${count} messages, ${(bytes / 1e6).toFixed(0)} MB; figures are messages per second`);
    console.log(`warm-up: ingest ${rates(count, await ingest(path, count))}`);
    const cpu: number[] = [];
    const wall: number[] = [];
    const ratios: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const first = await ingest(path, count);
      const bare = await bareRead(path, count);
      const second = await ingest(path, count);
      const mean = {
        cpuSeconds: (first.cpuSeconds + second.cpuSeconds) / 2,
        wallSeconds: (first.wallSeconds + second.wallSeconds) / 2,
      };
      cpu.push(count / mean.cpuSeconds);
      wall.push(count / mean.wallSeconds);
      ratios.push(mean.cpuSeconds / bare.cpuSeconds);
      console.log(
        `run ${run}: ingest ${rates(count, first)} | bare read ${rates(count, bare)} | ingest ${rates(count, second)} | ingest/bare CPU ${(mean.cpuSeconds / bare.cpuSeconds).toFixed(2)}x`,
      );
    }
    console.log(
      `median: ${Math.round(median(cpu))} messages/CPU-s, ${Math.round(median(wall))} messages/wall-s, ingest costs ${median(ratios).toFixed(2)}x a bare read`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function ingest(path: string, count: number): Promise<Pass> {
  const tally = new MailStatsTally({ trusted: ['mx.kensa.test'], by: 'week', timeZone: 'Asia/Tokyo' });
  const pass = await measure(() => readMailPaths([path], (block) => tally.add(block)));
  const stats = tally.result();
  if (stats.counted !== count) throw new Error(`counted ${stats.counted} of ${count}`);
  return pass;
}

/** B: the same 1 MB reads as readMailPaths, counting "\nFrom " with Buffer.indexOf and nothing else. */
async function bareRead(path: string, count: number): Promise<Pass> {
  const separator = Buffer.from('\nFrom ');
  let found = 1;
  const pass = await measure(async () => {
    const handle = await open(path, 'r');
    try {
      for (;;) {
        const chunk = Buffer.allocUnsafe(1024 * 1024);
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        const data = chunk.subarray(0, bytesRead);
        for (let at = data.indexOf(separator); at !== -1; at = data.indexOf(separator, at + 1)) found++;
      }
    } finally {
      await handle.close();
    }
  });
  // A separator split across two reads is missed: a few per file, which is all this needs to know.
  if (found > count) throw new Error(`found ${found} separators for ${count} messages`);
  return pass;
}

async function measure(work: () => Promise<void>): Promise<Pass> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  return { cpuSeconds: (used.user + used.system) / 1e6, wallSeconds: (performance.now() - started) / 1000 };
}

function rates(count: number, pass: Pass): string {
  return `${Math.round(count / pass.cpuSeconds)}/CPU-s ${Math.round(count / pass.wallSeconds)}/wall-s`;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

await main(process.argv.slice(2));
