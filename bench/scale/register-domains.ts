/**
 * Registers the first N synthetic domains (bench/scale/synthetic-domain.ts) in the database at
 * DATABASE_URL, in batches, as lib/domains/register-domain.ts registers one: the domain row and its
 * open registration period (group null, the 'all' scope) from today in KENSA_TIME_ZONE. It also puts
 * them in a few groups of different sizes. Idempotent: a second run adds nothing; a larger N adds the
 * new domains only. Rollups are not computed here: the first scan run that completes does that.
 *
 *   DATABASE_URL=… tsx bench/scale/register-domains.ts --count 100000
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { dayOf } from '@/lib/history/day-of';
import { uuidv7 } from '@/lib/import/uuid-v7';
import { DEFAULT_SEED, syntheticDomain } from './synthetic-domain';

const BATCH = 5000;

/** Groups by index: a small one, a quarter of everything, and two in between. */
export const SCALE_GROUPS = [
  { name: 'ministries', member: (i: number) => i % 200 === 0 },
  { name: 'isp-a', member: (i: number) => i % 4 === 1 },
  { name: 'isp-b', member: (i: number) => i % 20 === 3 },
  { name: 'prefecture-x', member: (i: number) => i % 50 === 7 },
] as const;

export interface Registered {
  domains: number;
  added: number;
  groups: Record<string, number>;
}

export async function registerScaleDomains(db: PrismaClient, count: number, seed = DEFAULT_SEED) {
  const today = dayOf(new Date());
  const groupIds = new Map<string, string>();
  for (const group of SCALE_GROUPS) {
    await db.$executeRaw`INSERT INTO groups (id, name, description, updated_at)
      VALUES (${uuidv7()}::uuid, ${group.name}, 'synthetic scale group', now()) ON CONFLICT (name) DO NOTHING`;
    const row = await db.group.findUniqueOrThrow({ where: { name: group.name }, select: { id: true } });
    groupIds.set(group.name, row.id);
  }
  let added = 0;
  for (let start = 0; start < count; start += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => start + k);
    const domains = indexes.map((i) => syntheticDomain(i, seed));
    added += await db.$executeRaw`
      INSERT INTO domains (id, ascii, unicode, parked, selectors, tags, updated_at)
      SELECT id, ascii, unicode, parked,
        CASE WHEN selector IS NULL THEN '{}'::text[] ELSE ARRAY[selector] END,
        CASE WHEN tag IS NULL THEN '{}'::text[] ELSE ARRAY[tag] END, now()
      FROM unnest(${indexes.map(() => uuidv7())}::uuid[], ${domains.map((d) => d.ascii)}::text[],
        ${domains.map((d) => d.unicode)}::text[], ${domains.map((d) => d.parked)}::boolean[],
        ${domains.map((d) => d.selectors[0] ?? null)}::text[],
        ${indexes.map((i) => (i % 100 === 0 ? 'critical' : null))}::text[])
        AS n(id, ascii, unicode, parked, selector, tag)
      ON CONFLICT (ascii) DO NOTHING`;
    const names = domains.map((d) => d.ascii);
    await openPeriods(db, names, null, today);
    for (const group of SCALE_GROUPS) {
      const members = names.filter((_, k) => group.member(indexes[k] ?? -1));
      if (members.length > 0) await openPeriods(db, members, groupIds.get(group.name) ?? null, today);
    }
    // The tables grow from empty: without fresh statistics the planner keeps choosing plans made for
    // a few rows, and the NOT EXISTS checks turned quadratic (28 s per statement at 85,000 domains).
    await db.$executeRaw`ANALYZE domains, domain_groups`;
  }
  const groups: Record<string, number> = {};
  for (const group of SCALE_GROUPS)
    groups[group.name] = Array.from({ length: count }, (_, i) => i).filter(group.member).length;
  return { domains: count, added, groups } satisfies Registered;
}

/** Opens a period from `today` for each named domain without an open one in that group (null: registration). */
async function openPeriods(db: PrismaClient, names: string[], groupId: string | null, today: string) {
  await db.$executeRaw`
    INSERT INTO domain_groups (id, domain_id, group_id, since_day)
    SELECT gen_random_uuid(), d.id, ${groupId}::uuid, ${today}::date FROM domains d
    WHERE d.ascii = ANY(${names}::text[])
      AND NOT EXISTS (SELECT 1 FROM domain_groups g WHERE g.domain_id = d.id
        AND ${groupId === null ? Prisma.sql`g.group_id IS NULL` : Prisma.sql`g.group_id = ${groupId}::uuid`}
        AND g.until_day IS NULL)`;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { count: { type: 'string' }, seed: { type: 'string' } },
  });
  const args = z
    .object({ count: z.coerce.number().int().min(1), seed: z.coerce.number().int().default(DEFAULT_SEED) })
    .parse(values);
  const url = z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .parse(process.env.DATABASE_URL);
  const db = createPrismaClient(url);
  try {
    const started = performance.now();
    const result = await registerScaleDomains(db, args.count, args.seed);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `registered ${result.domains} domains (${result.added} new) in ${seconds} s; groups ${JSON.stringify(result.groups)}`,
    );
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message);
    process.exitCode = 1;
  });
}
