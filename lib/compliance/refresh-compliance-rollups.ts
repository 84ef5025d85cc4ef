import type { Day } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import type { FollowedVersion } from './profile-versions';

/** The row of compliance_rollups that counts the profile as a whole, beside one per requirement. */
export const WHOLE_PROFILE = '';

/** Every day there is: a group's whole history, when a profile or the profiles followed change. */
export const ALL_DAYS = { from: '1970-01-01', to: '9999-12-30' } as const;

/**
 * Recomputes compliance_rollups of each followed (group, profile version) over [from, to], one
 * statement each, as refreshAdoptionRollups does for adoption: a day has rows when a member has a
 * status row that day; each member counts with its latest status on or before the day, judged by
 * the evaluation of that status's report (none — a failed scan, or not yet judged — is unknown).
 * Upserts the day's counts and deletes rows of those days that no longer have members. Re-runnable.
 */
export async function refreshComplianceRollups(
  db: Db,
  followed: readonly FollowedVersion[],
  range: { from: Day; to: Day },
): Promise<void> {
  for (const { groupId, versionId, definition } of followed) {
    const requirements = [WHOLE_PROFILE, ...definition.requirements.map((r) => r.id)];
    await db.$executeRaw`
      WITH members AS (
        SELECT domain_id, since_day, coalesce(until_day, '9999-12-31'::date) AS until_day
        FROM domain_groups
        WHERE group_id = ${groupId}::uuid AND since_day <= ${range.to}::date
          AND coalesce(until_day, '9999-12-31'::date) >= ${range.from}::date
      ),
      days AS (
        SELECT DISTINCT s.day FROM domain_daily_status s
        JOIN members m ON m.domain_id = s.domain_id AND s.day BETWEEN m.since_day AND m.until_day
        WHERE s.day BETWEEN ${range.from}::date AND ${range.to}::date
      ),
      judged AS (
        SELECT d.day, e.status::text AS status, e.requirements
        FROM days d
        JOIN members m ON d.day BETWEEN m.since_day AND m.until_day
        LEFT JOIN LATERAL (
          SELECT domain_scan_id FROM domain_daily_status s
          WHERE s.domain_id = m.domain_id AND s.day <= d.day ORDER BY s.day DESC LIMIT 1
        ) st ON true
        LEFT JOIN domain_scans sc ON sc.id = st.domain_scan_id
        LEFT JOIN compliance_evaluations e
          ON e.report_id = sc.report_id AND e.profile_version_id = ${versionId}::uuid
      ),
      statuses AS (
        SELECT j.day, r.requirement,
          coalesce(CASE WHEN r.requirement = '' THEN j.status ELSE j.requirements ->> r.requirement END, 'unknown') AS status
        FROM judged j CROSS JOIN unnest(${requirements}::text[]) AS r(requirement)
      ),
      fresh AS (
        SELECT day, requirement, count(*)::int AS domains,
          count(*) FILTER (WHERE status = 'compliant')::int AS compliant,
          count(*) FILTER (WHERE status = 'not_compliant')::int AS not_compliant,
          count(*) FILTER (WHERE status = 'unknown')::int AS unknown,
          count(*) FILTER (WHERE status = 'not_applicable')::int AS not_applicable
        FROM statuses GROUP BY day, requirement
      ),
      upserted AS (
        INSERT INTO compliance_rollups
          (group_id, profile_version_id, requirement, day, domains, compliant, not_compliant, unknown, not_applicable)
        SELECT ${groupId}::uuid, ${versionId}::uuid, requirement, day, domains, compliant, not_compliant, unknown, not_applicable
        FROM fresh
        -- One order for every writer, so two refreshes of the same group wait instead of deadlocking.
        ORDER BY requirement, day
        ON CONFLICT (group_id, profile_version_id, requirement, day) DO UPDATE SET
          domains = EXCLUDED.domains, compliant = EXCLUDED.compliant, not_compliant = EXCLUDED.not_compliant,
          unknown = EXCLUDED.unknown, not_applicable = EXCLUDED.not_applicable
        RETURNING 1
      )
      DELETE FROM compliance_rollups r
      WHERE r.group_id = ${groupId}::uuid AND r.profile_version_id = ${versionId}::uuid
        AND r.day BETWEEN ${range.from}::date AND ${range.to}::date
        AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.day = r.day AND f.requirement = r.requirement)`;
  }
}
