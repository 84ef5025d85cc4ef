import { Prisma } from '@/generated/prisma/client';
import type { Day } from '@/lib/history/day-of';
import { eachMetricSql, ROLLUP_COUNTS, UNKNOWN_FLAG } from '@/lib/history/metric-columns';
import type { Db } from '@/lib/history/refresh-adoption-rollups';

const OPEN_UNTIL = '9999-12-31';

export interface ClosedPeriod {
  domainId: string;
  scope: string;
  sinceDay: Day;
  /** The period's new last day. */
  untilDay: Day;
}

/**
 * Re-keys one domain's past days after its period was closed: on each day of [since, until] that has
 * a rollup row for the open period, its contribution (its latest status on or before that day, as
 * refreshAdoptionRollups counts it) moves from the (since, open) row to the (since, until) row.
 * Recomputing those days would re-read every member of the scope for every day (a minute for a
 * year of 20,000 domains); this reads one domain. Rows left with no domain are deleted.
 */
export async function moveClosedPeriod(db: Db, period: ClosedPeriod): Promise<void> {
  const { domainId, scope, sinceDay, untilDay } = period;
  const openRow = Prisma.sql`r.scope = ${scope}::text AND r.since_day = ${sinceDay}::date
    AND r.until_day = ${OPEN_UNTIL}::date`;
  await db.$executeRaw`
    WITH contribution AS (
      SELECT r.day, (st.unknown IS DISTINCT FROM false)::int AS unknown, ${eachMetricSql('(st.$ IS TRUE)::int AS $')},
        ${eachMetricSql(`(${UNKNOWN_FLAG})::int AS $_unknown`)}
      FROM adoption_rollups r
      LEFT JOIN LATERAL (
        SELECT * FROM domain_daily_status s
        WHERE s.domain_id = ${domainId}::uuid AND s.day <= r.day
        ORDER BY s.day DESC LIMIT 1
      ) st ON true
      WHERE ${openRow} AND r.day BETWEEN ${sinceDay}::date AND ${untilDay}::date
    ),
    moved_out AS (
      UPDATE adoption_rollups r
      SET domains = r.domains - 1, unknown = r.unknown - c.unknown, ${eachMetricSql('$ = r.$ - c.$, $_unknown = r.$_unknown - c.$_unknown')}
      FROM contribution c
      WHERE ${openRow} AND r.day = c.day
    )
    INSERT INTO adoption_rollups AS r (scope, day, since_day, until_day, domains, unknown, ${ROLLUP_COUNTS})
    SELECT ${scope}::text, day, ${sinceDay}::date, ${untilDay}::date, 1, unknown, ${ROLLUP_COUNTS}
    FROM contribution
    ON CONFLICT (scope, day, since_day, until_day) DO UPDATE SET
      domains = r.domains + 1, unknown = r.unknown + EXCLUDED.unknown, ${eachMetricSql('$ = r.$ + EXCLUDED.$, $_unknown = r.$_unknown + EXCLUDED.$_unknown')}`;
  await db.$executeRaw`DELETE FROM adoption_rollups r WHERE ${openRow} AND r.domains <= 0`;
}
