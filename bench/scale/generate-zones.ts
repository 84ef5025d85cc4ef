/**
 * Writes the zone files of N synthetic domains (bench/scale/synthetic-domain.ts) for Knot:
 * `kensa-scale-NN.zone`, 10,000 domains each, and `kensa-provider.zone` with the shared providers.
 *
 *   tsx bench/scale/generate-zones.ts --count 100000 --out .kensa/scale/zones [--seed 20260401]
 *
 * Deterministic: the same count and seed write the same files. Zone files of other counts left in
 * the folder are removed, so Knot serves exactly this set.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PROVIDER_ZONE, providerZone } from './provider-zone';
import { DEFAULT_SEED, DOMAINS_PER_ZONE, syntheticDomain, zoneOf } from './synthetic-domain';
import { zoneHead } from './zone-text';

export interface GeneratedZones {
  zones: string[];
  domains: number;
  records: number;
}

export async function generateZones(
  count: number,
  outDir: string,
  seed = DEFAULT_SEED,
): Promise<GeneratedZones> {
  await mkdir(outDir, { recursive: true });
  const shards = Math.ceil(count / DOMAINS_PER_ZONE);
  const zones = [...Array.from({ length: shards }, (_, s) => zoneOf(s * DOMAINS_PER_ZONE)), PROVIDER_ZONE];
  for (const file of await readdir(outDir)) {
    if (file.endsWith('.zone') && !zones.includes(file.slice(0, -5))) await rm(join(outDir, file));
  }
  const authorized: string[] = [];
  let records = 0;
  for (let shard = 0; shard < shards; shard++) {
    const zone = zoneOf(shard * DOMAINS_PER_ZONE);
    const out = createWriteStream(join(outDir, `${zone}.zone`));
    out.write(zoneHead(zone));
    const end = Math.min(count, (shard + 1) * DOMAINS_PER_ZONE);
    for (let index = shard * DOMAINS_PER_ZONE; index < end; index++) {
      const domain = syntheticDomain(index, seed);
      if (domain.reportAuthorized) authorized.push(domain.ascii);
      records += domain.records.length;
      if (!out.write(`${domain.records.join('\n')}\n`))
        await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
  await writeFile(join(outDir, `${PROVIDER_ZONE}.zone`), providerZone(authorized));
  return { zones, domains: count, records };
}

const argsSchema = z.object({
  count: z.coerce.number().int().min(1).max(1_000_000),
  out: z.string().min(1),
  seed: z.coerce.number().int().default(DEFAULT_SEED),
});

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  const args = argsSchema.parse(values);
  const started = performance.now();
  const result = await generateZones(args.count, args.out, args.seed);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `wrote ${result.zones.length} zones, ${result.domains} domains, ${result.records} records in ${seconds} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message);
    process.exitCode = 1;
  });
}
