import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import type { ProfileDefinition } from '@/lib/compliance/profile-schema';
import { followedVersions } from '@/lib/compliance/profile-versions';
import { prisma } from '@/lib/db';
import type { Day } from '@/lib/history/day-of';
import type { ComplianceCounts } from './compliance-count';
import { COMPLIANCE_COUNT_COLUMNS } from './compliance-count-columns';

/** One followed profile's counts per requirement ('' = the profile as a whole) on two days. */
export interface ComplianceFigures {
  groupId: string;
  profileId: string;
  version: number;
  definition: ProfileDefinition;
  /** The last day with figures on or before the period end; null when none. */
  day: Day | null;
  /** The state at the period start: the last day on or before it, else the period's first day. */
  baselineDay: Day | null;
  current: Record<string, ComplianceCounts>;
  baseline: Record<string, ComplianceCounts>;
}

type CountRow = ComplianceCounts & { requirement: string; day: string };

/**
 * Per group and followed profile (its latest version), the compliance counts of every requirement
 * at the end of [from, to] and at its start, from compliance_rollups only. Groups the viewer may
 * not see are left out, whatever was asked.
 */
export async function getComplianceFigures(
  viewer: Viewer,
  { groupIds, from, to }: { groupIds: readonly string[]; from: Day; to: Day },
  db: PrismaClient = prisma,
): Promise<ComplianceFigures[]> {
  readAs(viewer);
  const visible = groupIds.filter((id) => viewer.groupIds === null || viewer.groupIds.includes(id));
  if (visible.length === 0) return [];
  const followed = await followedVersions(db, visible);
  return Promise.all(
    followed.map(async ({ groupId, profileId, versionId, version, definition }) => {
      const [days] = await db.$queryRaw<Array<{ day: string | null; base: string | null }>>`
        WITH r AS (
          SELECT DISTINCT day FROM compliance_rollups
          WHERE group_id = ${groupId}::uuid AND profile_version_id = ${versionId}::uuid)
        SELECT (SELECT max(day)::text FROM r WHERE day <= ${to}::date) AS day,
          coalesce((SELECT max(day) FROM r WHERE day <= ${from}::date),
                   (SELECT min(day) FROM r WHERE day BETWEEN ${from}::date AND ${to}::date))::text AS base`;
      const day = days?.day ?? null;
      const baselineDay = day === null ? null : (days?.base ?? null);
      const rows = await db.$queryRaw<CountRow[]>`
        SELECT requirement, day::text, ${COMPLIANCE_COUNT_COLUMNS}
        FROM compliance_rollups
        WHERE group_id = ${groupId}::uuid AND profile_version_id = ${versionId}::uuid
          AND day = ANY(${[day, baselineDay].filter((d) => d !== null)}::date[])`;
      const on = (wanted: string | null) =>
        Object.fromEntries(
          rows
            .filter((r) => r.day === wanted)
            .map(({ requirement, day: _d, ...counts }) => [requirement, counts]),
        );
      return {
        groupId,
        profileId,
        version,
        definition,
        day,
        baselineDay,
        current: on(day),
        baseline: on(baselineDay),
      };
    }),
  );
}
