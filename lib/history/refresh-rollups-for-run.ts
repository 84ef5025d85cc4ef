import { kensaTimeZone } from '@/lib/i18n/format';
import { ALL_SCOPE, type Db, refreshAdoptionRollups } from './refresh-adoption-rollups';

/**
 * Recomputes the rollups a finished run touched: every scope its domains belong to ('all' and
 * their groups) on the days its results were stored (usually one; two when it ran past midnight).
 */
export async function refreshRollupsForRun(db: Db, runId: string): Promise<void> {
  const timeZone = kensaTimeZone();
  const [span] = await db.$queryRaw<Array<{ from: string | null; to: string | null }>>`
    SELECT min((finished_at AT TIME ZONE ${timeZone})::date)::text AS "from",
           max((finished_at AT TIME ZONE ${timeZone})::date)::text AS "to"
    FROM domain_scans WHERE run_id = ${runId}::uuid AND finished_at IS NOT NULL`;
  if (!span?.from || !span.to) return;
  const scopes = await db.$queryRaw<Array<{ scope: string }>>`
    SELECT DISTINCT coalesce(g.group_id::text, ${ALL_SCOPE}) AS scope
    FROM domain_groups g
    WHERE g.domain_id IN (SELECT domain_id FROM domain_scans WHERE run_id = ${runId}::uuid)
      AND g.since_day <= ${span.to}::date
      AND coalesce(g.until_day, '9999-12-31'::date) >= ${span.from}::date`;
  await refreshAdoptionRollups(db, { scopes: scopes.map((s) => s.scope), from: span.from, to: span.to });
}
