import { Prisma } from '@/generated/prisma/client';
import { followedVersions } from '@/lib/compliance/profile-versions';
import type { Day } from '@/lib/history/day-of';
import { readAdoptionDays } from '@/lib/history/read-adoption-days';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { type ComplianceCounts, complianceMetric } from '@/lib/queries/compliance-count';
import { COMPLIANCE_COUNT_COLUMNS } from '@/lib/queries/compliance-count-columns';
import type { TargetMetric } from './target-schema';
import type { SeriesPoint } from './trajectory';

/**
 * The group's value of a target's metric on each day with figures in [from, to], from the rollups
 * only, led by the last day with figures before `from` (the value in force on `from`: rollups keep
 * only the days something was measured). Adoption: the registered view's percentage (unknown left
 * out). Compliance: compliant over the members judged, against the latest version of the profile
 * the group follows — none when it no longer follows it.
 */
export async function readTargetSeries(
  db: Db,
  groupId: string,
  metric: TargetMetric,
  range: { from: Day; to: Day },
): Promise<SeriesPoint[]> {
  if (metric.kind === 'adoption') {
    const [lead] = await db.$queryRaw<Array<{ day: string | null }>>`
      SELECT max(day)::text AS day FROM adoption_rollups WHERE scope = ${groupId} AND day <= ${range.from}::date`;
    const days = await readAdoptionDays(db, {
      scopes: [groupId],
      from: lead?.day ?? range.from,
      to: range.to,
      granularity: 'day',
    });
    return days.map((d) => ({ day: d.day, percent: d.metrics[metric.metric].percent }));
  }
  const version = (await followedVersions(db, [groupId])).find((f) => f.profileId === metric.profileId);
  if (!version) return [];
  const where = Prisma.sql`group_id = ${groupId}::uuid AND profile_version_id = ${version.versionId}::uuid
    AND requirement = ${metric.requirement}`;
  const rows = await db.$queryRaw<Array<ComplianceCounts & { day: string }>>`
    SELECT day::text, ${COMPLIANCE_COUNT_COLUMNS}
    FROM compliance_rollups
    WHERE ${where} AND day <= ${range.to}::date
      AND day >= coalesce((SELECT max(day) FROM compliance_rollups WHERE ${where} AND day <= ${range.from}::date),
                          ${range.from}::date)
    ORDER BY day`;
  return rows.map(({ day, ...counts }) => ({ day, percent: complianceMetric(counts)?.percent ?? null }));
}
