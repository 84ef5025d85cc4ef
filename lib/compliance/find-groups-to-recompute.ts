import type { Db } from '@/lib/history/refresh-adoption-rollups';

/**
 * Groups following a profile version that has no rollup for them although their members have
 * history: a follow or a new version whose recompute job was lost (Redis away at the time, or the
 * change landed while the previous job ran) or a built-in profile's new version. The reconciler
 * enqueues these, so compliance converges without anyone asking.
 */
export async function findGroupsToRecompute(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ group_id: string }>>`
    SELECT gp.group_id::text
    FROM group_compliance_profiles gp
    JOIN LATERAL (
      SELECT id FROM compliance_profile_versions WHERE profile_id = gp.profile_id ORDER BY version DESC LIMIT 1
    ) v ON true
    WHERE NOT EXISTS (
        SELECT 1 FROM compliance_rollups r WHERE r.group_id = gp.group_id AND r.profile_version_id = v.id)
      AND EXISTS (
        SELECT 1 FROM domain_groups m JOIN domain_daily_status s ON s.domain_id = m.domain_id
          AND s.day BETWEEN m.since_day AND coalesce(m.until_day, '9999-12-31'::date)
        WHERE m.group_id = gp.group_id)
    GROUP BY gp.group_id`;
  return rows.map((row) => row.group_id);
}
