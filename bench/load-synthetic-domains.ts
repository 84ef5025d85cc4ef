/**
 * Fills the database at DATABASE_URL with N synthetic domains as a full scan would leave them,
 * without scanning: registration and groups as bench/scale/register-domains.ts does it (the first N
 * of bench/scale/synthetic-domain.ts, groups ministries 0.5 %, isp-a 25 %, isp-b 5 %, prefecture-x
 * 2 %, tag critical 1 %), then every domain's current state in one statement
 * (testing/synthetic-current-state.ts). For timing the dashboard's reads at 100,000 domains
 * (bench/scale-queries.sh); no history, events or rollups are written.
 *
 *   DATABASE_URL=… tsx bench/load-synthetic-domains.ts --count 100000
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createPrismaClient } from '@/lib/db';
import { fillSyntheticCurrentState } from '@/testing/synthetic-current-state';
import { registerScaleDomains } from './scale/register-domains';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { count: { type: 'string' } } });
  const count = z.coerce.number().int().min(1).parse(values.count);
  const url = z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .parse(process.env.DATABASE_URL);
  const db = createPrismaClient(url);
  try {
    const started = performance.now();
    const registered = await registerScaleDomains(db, count);
    const states = await fillSyntheticCurrentState(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`loaded ${registered.domains} domains, ${states} current states in ${seconds} s`);
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message);
  process.exitCode = 1;
});
