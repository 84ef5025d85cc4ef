import { Prisma } from '@/generated/prisma/client';
import { type Day, dayOf } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { EXEMPTIBLE } from './evaluate-profile';
import { exceptionInForceSql } from './exception-window';
import { OVERALL_PRECEDENCE } from './profile-schema';
import type { FollowedVersion } from './profile-versions';

/** The row of compliance_rollups that counts the profile as a whole, beside one per requirement. */
export const WHOLE_PROFILE = '';

/** Every day there is: a group's whole history, when a profile or the profiles followed change. */
export const ALL_DAYS = { from: '1970-01-01', to: '9999-12-30' } as const;

/**
 * Recomputes compliance_rollups of each followed (group, profile version) over [from, to], one
 * statement each, as refreshAdoptionRollups does for adoption: a day has rows when a member has a
 * status row that day; each member counts with its latest status on or before the day, judged by
 * the evaluation of that status's report (none — a failed scan, or not yet judged — is unknown),
 * with the approved exceptions in force that day laid over it as evaluate-profile.ts's withExceptions
 * does (the whole profile then recombined from its musts by OVERALL_PRECEDENCE). The days an
 * exception starts or ends (up to `today`) get rows too, so the last day with figures shows it
 * without waiting for a scan. Upserts the day's counts and deletes rows of those days that no longer
 * have members. Re-runnable.
 */
export async function refreshComplianceRollups(
  db: Db,
  followed: readonly FollowedVersion[],
  range: { from: Day; to: Day },
  today: Day = dayOf(new Date()),
): Promise<void> {
  const precedence = [...OVERALL_PRECEDENCE];
  const exemptible = [...EXEMPTIBLE];
  for (const { groupId, profileId, versionId, definition } of followed) {
    const requirements = [WHOLE_PROFILE, ...definition.requirements.map((r) => r.id)];
    const musts = definition.requirements.filter((r) => r.level === 'must').map((r) => r.id);
    // The judged status of requirement `id` of member-day `j`, with its exception laid over it.
    const shown = (id: Prisma.Sql) => Prisma.sql`CASE
      WHEN ${id} = ANY(j.exempted) AND coalesce(j.requirements ->> ${id}, 'unknown') = ANY(${exemptible}::text[])
      THEN 'exempted' ELSE coalesce(j.requirements ->> ${id}, 'unknown') END`;
    await db.$executeRaw`
      WITH members AS (
        SELECT domain_id, since_day, coalesce(until_day, '9999-12-31'::date) AS until_day
        FROM domain_groups
        WHERE group_id = ${groupId}::uuid AND since_day <= ${range.to}::date
          AND coalesce(until_day, '9999-12-31'::date) >= ${range.from}::date
      ),
      exceptions AS (
        SELECT x.* FROM compliance_exceptions x
        WHERE x.profile_id = ${profileId}::uuid AND x.approved_on IS NOT NULL
          AND (x.group_id = ${groupId}::uuid OR x.domain_id IN (SELECT domain_id FROM members))
      ),
      days AS (
        SELECT s.day FROM domain_daily_status s
        JOIN members m ON m.domain_id = s.domain_id AND s.day BETWEEN m.since_day AND m.until_day
        WHERE s.day BETWEEN ${range.from}::date AND ${range.to}::date
        UNION
        SELECT b.day FROM exceptions x
        CROSS JOIN LATERAL (VALUES (greatest(x.starts_on, x.approved_on)),
          (least(x.expires_on, coalesce(x.revoked_on, x.expires_on)))) AS b(day)
        WHERE b.day BETWEEN ${range.from}::date AND least(${range.to}::date, ${today}::date)
          AND EXISTS (SELECT 1 FROM members m WHERE b.day BETWEEN m.since_day AND m.until_day)
      ),
      judged AS (
        SELECT d.day, e.status::text AS status, e.requirements, ex.ids AS exempted
        FROM days d
        JOIN members m ON d.day BETWEEN m.since_day AND m.until_day
        LEFT JOIN LATERAL (
          SELECT run_number FROM domain_daily_status s
          WHERE s.domain_id = m.domain_id AND s.day <= d.day ORDER BY s.day DESC LIMIT 1
        ) st ON true
        LEFT JOIN domain_scans sc ON sc.run_number = st.run_number AND sc.domain_id = m.domain_id
        LEFT JOIN compliance_evaluations e
          ON e.report_id = sc.report_id AND e.profile_version_id = ${versionId}::uuid
        LEFT JOIN LATERAL (
          SELECT array_agg(x.requirement) AS ids FROM exceptions x
          WHERE (x.group_id = ${groupId}::uuid OR x.domain_id = m.domain_id)
            AND ${exceptionInForceSql(Prisma.sql`d.day`)}
        ) ex ON true
      ),
      statuses AS (
        SELECT j.day, r.requirement,
          CASE WHEN r.requirement <> '' THEN ${shown(Prisma.sql`r.requirement`)}
            WHEN j.exempted IS NULL THEN coalesce(j.status, 'unknown')
            ELSE coalesce((SELECT (${precedence}::text[])[min(array_position(${precedence}::text[], ${shown(Prisma.sql`mu.id`)}))]
              FROM unnest(${musts}::text[]) AS mu(id)), 'not_applicable')
          END AS status
        FROM judged j CROSS JOIN unnest(${requirements}::text[]) AS r(requirement)
      ),
      fresh AS (
        SELECT day, requirement, count(*)::int AS domains,
          count(*) FILTER (WHERE status = 'compliant')::int AS compliant,
          count(*) FILTER (WHERE status = 'not_compliant')::int AS not_compliant,
          count(*) FILTER (WHERE status = 'unknown')::int AS unknown,
          count(*) FILTER (WHERE status = 'not_applicable')::int AS not_applicable,
          count(*) FILTER (WHERE status = 'exempted')::int AS exempted
        FROM statuses GROUP BY day, requirement
      ),
      upserted AS (
        INSERT INTO compliance_rollups
          (group_id, profile_version_id, requirement, day, domains, compliant, not_compliant, unknown, not_applicable, exempted)
        SELECT ${groupId}::uuid, ${versionId}::uuid, requirement, day, domains, compliant, not_compliant, unknown, not_applicable, exempted
        FROM fresh
        -- One order for every writer, so two refreshes of the same group wait instead of deadlocking.
        ORDER BY requirement, day
        ON CONFLICT (group_id, profile_version_id, requirement, day) DO UPDATE SET
          domains = EXCLUDED.domains, compliant = EXCLUDED.compliant, not_compliant = EXCLUDED.not_compliant,
          unknown = EXCLUDED.unknown, not_applicable = EXCLUDED.not_applicable, exempted = EXCLUDED.exempted
        RETURNING 1
      )
      DELETE FROM compliance_rollups r
      WHERE r.group_id = ${groupId}::uuid AND r.profile_version_id = ${versionId}::uuid
        AND r.day BETWEEN ${range.from}::date AND ${range.to}::date
        AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.day = r.day AND f.requirement = r.requirement)`;
  }
}
