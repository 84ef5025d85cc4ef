import { ALL_SCOPE, type Db, refreshAdoptionRollups } from './refresh-adoption-rollups';
import { runDaySpan } from './run-day-span';
import { scanOfRunSql } from './scan-of-run-sql';

/**
 * Recomputes the rollups a finished run touched: every scope its domains belong to ('all' and
 * their groups) on the days its results were stored (usually one; two when it ran past midnight).
 */
export async function refreshRollupsForRun(db: Db, runId: string): Promise<void> {
  const span = await runDaySpan(db, runId);
  if (!span) return;
  const scopes = await db.$queryRaw<Array<{ scope: string }>>`
    SELECT DISTINCT coalesce(g.group_id::text, ${ALL_SCOPE}) AS scope
    FROM domain_groups g
    WHERE g.domain_id IN (SELECT s.domain_id FROM domain_scans s WHERE ${scanOfRunSql('s', runId)})
      AND g.since_day <= ${span.to}::date
      AND coalesce(g.until_day, '9999-12-31'::date) >= ${span.from}::date`;
  await refreshAdoptionRollups(db, { scopes: scopes.map((s) => s.scope), ...span });
}
