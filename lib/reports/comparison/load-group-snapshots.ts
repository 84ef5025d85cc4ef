import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionFlags, type AdoptionMetric } from '@/lib/history/adoption-flags';
import type { Day } from '@/lib/history/day-of';
import { METRIC_COLUMNS, UNKNOWN_FLAG } from '@/lib/history/metric-columns';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import type { GroupSnapshot } from './group-snapshot';

/** The evaluations column: { version id: { status, requirements } }, checked at the boundary. */
const judgementsSchema = z.record(
  z.string(),
  z.object({ status: z.string(), requirements: z.record(z.string(), z.string()) }),
);

type Row = { day: string; id: string; ascii: string; unicode: string; judgements: unknown } & Record<
  AdoptionMetric,
  boolean | null
>;

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
 * against `versionIds`, exactly as compliance_rollups counts them. A member without a status, or whose
 * status is unknown, has every flag null; one without an evaluation (a failed scan) no judgement. One index probe per member and day; no query per domain.
 */
export async function loadGroupSnapshots(
  db: Db,
  groupId: string,
  versionIds: readonly string[],
  days: readonly Day[],
): Promise<GroupSnapshot[]> {
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
         AND e.profile_version_id = ANY(${[...versionIds]}::uuid[])) AS judgements
    FROM members mb
    JOIN domains dm ON dm.id = mb.domain_id
    LEFT JOIN LATERAL (
      SELECT * FROM domain_daily_status s WHERE s.domain_id = mb.domain_id AND s.day <= mb.day
      ORDER BY s.day DESC LIMIT 1
    ) st ON true
    LEFT JOIN domain_scans sc ON sc.id = st.domain_scan_id
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
        judgements: judgementsSchema.parse(row.judgements ?? {}),
      })),
  }));
}
