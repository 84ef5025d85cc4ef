/**
 * For authorization tests: a fingerprint of everything a call could write, so a test can say "this
 * refused call changed nothing" without knowing what the call would have touched. One md5 per table
 * over all its rows; sessions and API tokens are left out (using one stamps it).
 */
import type { PrismaClient } from '@/generated/prisma/client';

/** A function that returns the database's current fingerprint (the table list is read once). */
export async function tableDigest(db: PrismaClient): Promise<() => Promise<string>> {
  const tables = await db.$queryRaw<Array<{ name: string }>>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('_prisma_migrations', 'sessions', 'api_tokens')`;
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    )
    .join(' UNION ALL ');
  return async () => {
    const rows = await db.$queryRawUnsafe<Array<{ name: string; digest: string }>>(sql);
    return rows.map((row) => `${row.name}:${row.digest}`).join(',');
  };
}
