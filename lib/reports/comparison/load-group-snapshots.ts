import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { withExceptions } from '@/lib/compliance/evaluate-profile';
import { exceptionInForceSql } from '@/lib/compliance/exception-window';
import type { RequirementStatus } from '@/lib/compliance/profile-schema';
import type { FollowedVersion } from '@/lib/compliance/profile-versions';
import { ADOPTION_METRICS, type AdoptionFlags, type AdoptionMetric } from '@/lib/history/adoption-flags';
import type { Day } from '@/lib/history/day-of';
import { METRIC_COLUMNS, UNKNOWN_FLAG } from '@/lib/history/metric-columns';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import type { GroupSnapshot, MemberJudgement } from './group-snapshot';

/** The evaluations column: { version id: { status, requirements } }, checked at the boundary. */
const judgementsSchema = z.record(
  z.string(),
  z.object({ status: z.string(), requirements: z.record(z.string(), z.string()) }),
);

/** The exemptions column: { profile id: requirement ids under an exception in force that day }. */
const exemptedSchema = z.record(z.string(), z.array(z.string()));

type Row = {
  day: string;
  id: string;
  ascii: string;
  unicode: string;
  judgements: unknown;
  exempted: unknown;
} & Record<AdoptionMetric, boolean | null>;

/** Each metric's flag as of the day, null where unknown (UNKNOWN_FLAG); the columns are constants. */
const FLAGS = Prisma.raw(
  ADOPTION_METRICS.map(
    (m) =>
      `CASE WHEN ${UNKNOWN_FLAG.replaceAll('$', METRIC_COLUMNS[m])} THEN NULL ELSE st.${METRIC_COLUMNS[m]} END AS "${m}"`,
  ).join(', '),
);

/**
 * The group as it stood on each of `days`, in one statement: the members of the day (a membership
 * period covering it, as the rollups count them), each with its latest domain_daily_status on or
 * before the day — history is stored as change points — and that status's scan's report's evaluations
 * against the `profiles`' versions with the approved exceptions in force that day (the group's own and
 * the member's) laid over them by withExceptions, exactly as compliance_rollups counts them. A member
 * without a status, or whose status is unknown, has every flag null; one without an evaluation (a
 * failed scan) no judgement unless an exception covers it. One index probe per member and day; no
 * query per domain.
 */
export async function loadGroupSnapshots(
  db: Db,
  groupId: string,
  profiles: ReadonlyArray<Omit<FollowedVersion, 'groupId'>>,
  days: readonly Day[],
): Promise<GroupSnapshot[]> {
  const versionIds = profiles.map((p) => p.versionId);
  const rows = await db.$queryRaw<Row[]>`
    WITH members AS (
      SELECT DISTINCT d.day, m.domain_id
      FROM unnest(${[...days]}::date[]) AS d(day)
      JOIN domain_groups m ON m.group_id = ${groupId}::uuid
        AND m.since_day <= d.day AND coalesce(m.until_day, '9999-12-31'::date) >= d.day
    )
    SELECT mb.day::text AS day, dm.id::text AS id, dm.ascii, dm.unicode, ${FLAGS},
      (SELECT coalesce(jsonb_object_agg(e.profile_version_id::text,
                 jsonb_build_object('status', e.status, 'requirements', e.requirements)), '{}'::jsonb)
       FROM compliance_evaluations e
       WHERE e.report_id = sc.report_id
         AND e.profile_version_id = ANY(${versionIds}::uuid[])) AS judgements,
      (SELECT coalesce(jsonb_object_agg(p.profile_id, p.ids), '{}'::jsonb)
       FROM (SELECT x.profile_id::text AS profile_id, jsonb_agg(DISTINCT x.requirement) AS ids
             FROM compliance_exceptions x
             WHERE (x.group_id = ${groupId}::uuid OR x.domain_id = mb.domain_id)
               AND ${exceptionInForceSql(Prisma.sql`mb.day`)}
             GROUP BY x.profile_id) p) AS exempted
    FROM members mb
    JOIN domains dm ON dm.id = mb.domain_id
    LEFT JOIN LATERAL (
      SELECT * FROM domain_daily_status s WHERE s.domain_id = mb.domain_id AND s.day <= mb.day
      ORDER BY s.day DESC LIMIT 1
    ) st ON true
    LEFT JOIN domain_scans sc ON sc.run_number = st.run_number AND sc.domain_id = st.domain_id
    ORDER BY mb.day, dm.ascii`;
  return days.map((day) => ({
    day,
    members: rows
      .filter((row) => row.day === day)
      .map((row) => ({
        id: row.id,
        ascii: row.ascii,
        unicode: row.unicode,
        flags: Object.fromEntries(ADOPTION_METRICS.map((m) => [m, row[m] ?? null])) as AdoptionFlags,
        judgements: withExemptions(
          judgementsSchema.parse(row.judgements ?? {}),
          exemptedSchema.parse(row.exempted ?? {}),
          profiles,
        ),
      })),
  }));
}

/** A member's judgements with its exemptions of the day laid over them, per profile version. */
function withExemptions(
  judgements: Record<string, MemberJudgement>,
  exempted: Record<string, string[]>,
  profiles: ReadonlyArray<Omit<FollowedVersion, 'groupId'>>,
): Record<string, MemberJudgement> {
  const laid = { ...judgements };
  for (const { profileId, versionId, definition } of profiles) {
    const ids = exempted[profileId];
    if (!ids?.length) continue;
    // Stored statuses are the evaluator's RequirementStatus values; withExceptions keeps any other as is.
    const judged = (judgements[versionId]?.requirements ?? {}) as Record<string, RequirementStatus>;
    laid[versionId] = withExceptions(definition, judged, new Set(ids));
  }
  return laid;
}
