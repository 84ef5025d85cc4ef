import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { runDaySpan } from '@/lib/history/run-day-span';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import { evaluateStoredReports } from './evaluate-stored-reports';
import { followedVersions } from './profile-versions';
import { refreshComplianceRollups } from './refresh-compliance-rollups';

/**
 * What a finished run changes in compliance: the reports it stored judged against the profiles its
 * domains' groups follow, then those groups' rollups on the run's days. Idempotent, like the
 * adoption rollups it runs beside (finalize and cancel).
 */
export async function refreshComplianceForRun(db: Db, runId: string): Promise<void> {
  const span = await runDaySpan(db, runId);
  if (!span) return;
  const groups = await db.$queryRaw<Array<{ group_id: string }>>`
    SELECT DISTINCT gp.group_id::text
    FROM group_compliance_profiles gp
    JOIN domain_groups g ON g.group_id = gp.group_id
    WHERE g.domain_id IN (SELECT s.domain_id FROM domain_scans s WHERE ${scanOfRunSql('s', runId)})
      AND g.since_day <= ${span.to}::date AND coalesce(g.until_day, '9999-12-31'::date) >= ${span.from}::date`;
  if (groups.length === 0) return;
  const followed = await followedVersions(
    db,
    groups.map((g) => g.group_id),
  );
  await evaluateStoredReports(db, followed, { runId });
  await refreshComplianceRollups(db, followed, span);
}
