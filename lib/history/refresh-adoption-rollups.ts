import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { kensaTimeZone } from '@/lib/i18n/format';
import type { Day } from './day-of';
import { eachMetricSql, ROLLUP_COUNTS, UNKNOWN_FLAG } from './metric-columns';
import { finishedWithinDaysSql, recordedScanSql } from './scan-day-sql';

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
 * Recomputes adoption_rollups for `scopes` over [from, to] from domain_daily_status, the days of
 * the scans and the membership periods, one statement per scope: upserts each (day, period) count and deletes the
 * rows of those days that no longer have members. Re-runnable; concurrent runs converge.
 *
 * A day has rollup rows when at least one member has a recorded scan that day (a scan touched the
 * scope; scan-day-sql.ts). Each member counts with its latest status on or before the day, so a
 * domain scanned weekly is not unknown six days out of seven; a member never scanned counts as
 * unknown. (domain_daily_status holds only the days a status changed: the scans give the days.)
 * Each metric also counts its own unknowns: a complete scan whose check did not run (or a status row
 * written before the metric existed) is unknown for that metric only.
 */
export async function refreshAdoptionRollups(db: Db, range: RollupRange): Promise<void> {
  for (const scope of new Set(range.scopes)) await db.$executeRaw(refreshSql(scope, range.from, range.to));
}

function refreshSql(scope: string, from: Day, to: Day): Prisma.Sql {
  const timeZone = kensaTimeZone();
  const inScope = scope === ALL_SCOPE ? Prisma.sql`group_id IS NULL` : Prisma.sql`group_id = ${scope}::uuid`;
  return Prisma.sql`
    WITH members AS (
      SELECT domain_id, since_day, coalesce(until_day, ${OPEN_UNTIL}::date) AS until_day
      FROM domain_groups
      WHERE ${inScope} AND since_day <= ${to}::date
        AND coalesce(until_day, ${OPEN_UNTIL}::date) >= ${from}::date
    ),
    days AS (
      SELECT DISTINCT d.day FROM domain_scans s
      CROSS JOIN LATERAL (SELECT (s.finished_at AT TIME ZONE ${timeZone})::date AS day) d
      JOIN members m ON m.domain_id = s.domain_id AND d.day BETWEEN m.since_day AND m.until_day
      WHERE ${finishedWithinDaysSql('s', Prisma.sql`${from}::date`, Prisma.sql`${to}::date`, timeZone)}
        AND ${recordedScanSql('s')}
    ),
    fresh AS (
      SELECT d.day, m.since_day, m.until_day, count(*)::int AS domains,
        count(*) FILTER (WHERE st.unknown IS DISTINCT FROM false)::int AS unknown,
        ${eachMetricSql('count(*) FILTER (WHERE st.$)::int AS $')},
        ${eachMetricSql(`count(*) FILTER (WHERE ${UNKNOWN_FLAG})::int AS $_unknown`)}
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
      INSERT INTO adoption_rollups (scope, day, since_day, until_day, domains, unknown, ${ROLLUP_COUNTS})
      SELECT ${scope}::text, day, since_day, until_day, domains, unknown, ${ROLLUP_COUNTS} FROM fresh
      -- One order for every writer, so two runs refreshing the same scope wait instead of deadlocking.
      ORDER BY day, since_day, until_day
      ON CONFLICT (scope, day, since_day, until_day) DO UPDATE SET
        domains = EXCLUDED.domains, unknown = EXCLUDED.unknown, ${eachMetricSql('$ = EXCLUDED.$, $_unknown = EXCLUDED.$_unknown')}
      RETURNING 1
    )
    DELETE FROM adoption_rollups r
    WHERE r.scope = ${scope}::text AND r.day BETWEEN ${from}::date AND ${to}::date
      AND NOT EXISTS (
        SELECT 1 FROM fresh f
        WHERE f.day = r.day AND f.since_day = r.since_day AND f.until_day = r.until_day
      )`;
}
