import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import type { Day } from './day-of';
import { eachMetricSql } from './metric-columns';

/** Either client: these writes run inside the caller's transaction when it has one. */
export type Db = PrismaClient | Prisma.TransactionClient;

/** The scope of domains registered at all (domain_groups rows with no group), next to group ids. */
export const ALL_SCOPE = 'all';
const OPEN_UNTIL = '9999-12-31';

export interface RollupRange {
  /** 'all' and/or group ids. */
  scopes: readonly string[];
  from: Day;
  to: Day;
}

/**
 * Recomputes adoption_rollups for `scopes` over [from, to] from domain_daily_status and the
 * membership periods, one statement per scope: upserts each (day, period) count and deletes the
 * rows of those days that no longer have members. Re-runnable; concurrent runs converge.
 *
 * A day has rollup rows when at least one member has a status row that day (a scan touched the
 * scope). Each member counts with its latest status on or before the day, so a domain scanned
 * weekly is not unknown six days out of seven; a member never scanned counts as unknown.
 */
export async function refreshAdoptionRollups(db: Db, range: RollupRange): Promise<void> {
  for (const scope of new Set(range.scopes)) await db.$executeRaw(refreshSql(scope, range.from, range.to));
}

function refreshSql(scope: string, from: Day, to: Day): Prisma.Sql {
  const inScope = scope === ALL_SCOPE ? Prisma.sql`group_id IS NULL` : Prisma.sql`group_id = ${scope}::uuid`;
  return Prisma.sql`
    WITH members AS (
      SELECT domain_id, since_day, coalesce(until_day, ${OPEN_UNTIL}::date) AS until_day
      FROM domain_groups
      WHERE ${inScope} AND since_day <= ${to}::date
        AND coalesce(until_day, ${OPEN_UNTIL}::date) >= ${from}::date
    ),
    days AS (
      SELECT DISTINCT s.day FROM domain_daily_status s
      JOIN members m ON m.domain_id = s.domain_id AND s.day BETWEEN m.since_day AND m.until_day
      WHERE s.day BETWEEN ${from}::date AND ${to}::date
    ),
    fresh AS (
      SELECT d.day, m.since_day, m.until_day, count(*)::int AS domains,
        count(*) FILTER (WHERE st.unknown IS DISTINCT FROM false)::int AS unknown,
        ${eachMetricSql('count(*) FILTER (WHERE st.$)::int AS $')}
      FROM days d
      JOIN members m ON d.day BETWEEN m.since_day AND m.until_day
      LEFT JOIN LATERAL (
        SELECT * FROM domain_daily_status s
        WHERE s.domain_id = m.domain_id AND s.day <= d.day
        ORDER BY s.day DESC LIMIT 1
      ) st ON true
      GROUP BY d.day, m.since_day, m.until_day
    ),
    upserted AS (
      INSERT INTO adoption_rollups (scope, day, since_day, until_day, domains, unknown, ${eachMetricSql('$')})
      SELECT ${scope}::text, day, since_day, until_day, domains, unknown, ${eachMetricSql('$')} FROM fresh
      -- One order for every writer, so two runs refreshing the same scope wait instead of deadlocking.
      ORDER BY day, since_day, until_day
      ON CONFLICT (scope, day, since_day, until_day) DO UPDATE SET
        domains = EXCLUDED.domains, unknown = EXCLUDED.unknown, ${eachMetricSql('$ = EXCLUDED.$')}
      RETURNING 1
    )
    DELETE FROM adoption_rollups r
    WHERE r.scope = ${scope}::text AND r.day BETWEEN ${from}::date AND ${to}::date
      AND NOT EXISTS (
        SELECT 1 FROM fresh f
        WHERE f.day = r.day AND f.since_day = r.since_day AND f.until_day = r.until_day
      )`;
}
