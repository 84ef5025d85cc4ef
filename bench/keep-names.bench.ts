/**
 * What tsx's esbuild `keepNames` costs the engine (issue 12): the workers run under tsx, which
 * compiles every file with keepNames, wrapping each named closure in a `__name(fn, 'name')` call at
 * its creation. This bundles bench/scale-audit-cpu.bench.ts twice with esbuild (the one tsx brings),
 * with and without --keep-names, runs the two bundles in turn with plain `node` (A-B-A-B-A: kept,
 * plain, kept, plain, kept; each a fresh process that warms up first) and prints the warm CPU ms per
 * domain of each and their ratio. A ratio near 1 says a build step for the workers would buy nothing.
 *
 *   tsx bench/keep-names.bench.ts [--count 3000] [--warmup 2000] [--concurrency 64] [--rounds 2]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    warmup: { type: 'string' },
    concurrency: { type: 'string' },
    rounds: { type: 'string' },
  },
});
const count = values.count ?? '3000';
const warmup = values.warmup ?? '2000';
const concurrency = values.concurrency ?? '64';
const rounds = Number(values.rounds ?? 2);

const dir = join('.kensa', 'keep-names');
mkdirSync(dir, { recursive: true });

function bundle(keepNames: boolean): string {
  const out = join(dir, keepNames ? 'kept.mjs' : 'plain.mjs');
  execFileSync('node_modules/.bin/esbuild', [
    'bench/scale-audit-cpu.bench.ts',
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--packages=external',
    // generate-zones.ts runs its own CLI when import.meta.url is the started file, which a bundle's is.
    '--define:import.meta.url="bundled"',
    `--outfile=${out}`,
    '--log-level=warning',
    ...(keepNames ? ['--keep-names'] : []),
  ]);
  return out;
}

/** One fresh process; its timed (warm) run's CPU ms per domain. */
function run(file: string): number {
  const output = execFileSync(
    process.execPath,
    [file, '--count', count, '--warmup', warmup, '--concurrency', concurrency],
    { encoding: 'utf8' },
  );
  const ms = /([\d.]+) CPU ms\/domain/.exec(output)?.[1];
  if (!ms) throw new Error(`no CPU figure in: ${output}`);
  return Number(ms);
}

const kept = bundle(true);
const plain = bundle(false);
const seen = { kept: [] as number[], plain: [] as number[] };
for (let round = 0; round <= rounds; round++) {
  seen.kept.push(run(kept));
  console.log(`A keepNames:    ${seen.kept.at(-1)} CPU ms/domain`);
  if (round === rounds) break;
  seen.plain.push(run(plain));
  console.log(`B no keepNames: ${seen.plain.at(-1)} CPU ms/domain`);
}
const mean = (list: number[]) => list.reduce((sum, x) => sum + x, 0) / list.length;
console.log(
  `CPU ms/domain without / with keepNames: ${(mean(seen.plain) / mean(seen.kept)).toFixed(2)} ` +
    `(${mean(seen.plain).toFixed(3)} / ${mean(seen.kept).toFixed(3)}; ${count} domains after ${warmup} warm-up)`,
);
