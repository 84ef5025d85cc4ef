import { Prisma } from '@/generated/prisma/client';

/**
 * A sum of message counts as a JS number (never a string or BigInt): one report's counts are exact
 * (at most 100,000 × (2^31 − 1) ≈ 2.1 × 10^14 < 2^53), and a sum over many reports saturates at
 * 2^53 − 1 instead of overflowing — forged reports can claim any count, and must not break a view.
 * NULL (no rows) is 0.
 */
export function countSum(aggregate: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`least(coalesce(${aggregate}, 0), ${Prisma.raw(String(Number.MAX_SAFE_INTEGER))})::float8`;
}
