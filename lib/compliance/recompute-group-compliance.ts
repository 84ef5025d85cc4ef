import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { evaluateStoredReports } from './evaluate-stored-reports';
import { followedVersions } from './profile-versions';
import { ALL_DAYS, refreshComplianceRollups } from './refresh-compliance-rollups';

/**
 * Recomputes the groups' compliance from their stored reports, without a rescan: every report in
 * their history judged against the latest version of each profile they follow (those already judged
 * are skipped), then their rollups over their whole history. Run by the recompute-compliance job
 * after a group's profiles or a profile change. Returns the evaluations it stored.
 */
export async function recomputeGroupCompliance(db: Db, groupIds: readonly string[]): Promise<number> {
  const followed = await followedVersions(db, groupIds);
  const evaluated = await evaluateStoredReports(db, followed, { runId: null });
  await refreshComplianceRollups(db, followed, ALL_DAYS);
  return evaluated;
}
