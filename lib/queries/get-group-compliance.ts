import { readAs, type Viewer } from '@/lib/auth/viewer';
import { withExceptions } from '@/lib/compliance/evaluate-profile';
import type { ProfileDefinition, RequirementStatus } from '@/lib/compliance/profile-schema';
import { type FollowedVersion, followedVersions } from '@/lib/compliance/profile-versions';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { dayOf } from '@/lib/history/day-of';
import type { ComplianceCounts } from './compliance-count';
import { COMPLIANCE_COUNT_COLUMNS } from './compliance-count-columns';
import { type Exemptions, exemptionKey, exemptionsInForce } from './exemptions-in-force';
import { visibleGroups } from './visible';

/** Domains listed as not compliant per profile; the counts are always whole. */
const LISTED = 200;

export interface ProfileStanding {
  profileId: string;
  versionId: string;
  version: number;
  definition: ProfileDefinition;
  /** The last day with figures; null until the group's compliance is computed. */
  day: string | null;
  /** Counts per requirement id, and '' for the profile as a whole, on `day`. */
  counts: Record<string, ComplianceCounts>;
  /**
   * Current members not compliant with the profile now, with the requirements they fail; a failing
   * requirement covered by an exception in force is exempted, not listed.
   */
  notCompliant: Array<{ id: string; ascii: string; unicode: string; failing: string[] }>;
}

export interface GroupCompliance {
  group: { id: string; name: string };
  profiles: ProfileStanding[];
}

/**
 * A group's standing against each profile it follows: per requirement the counts on the last day
 * with figures (compliance_rollups), and the current members not compliant now (their latest status's
 * evaluation). null when the group is not the viewer's to see.
 */
export async function getGroupCompliance(viewer: Viewer, groupId: string): Promise<GroupCompliance | null> {
  readAs(viewer);
  if (!isUuid(groupId)) return null;
  const group = await prisma.group.findFirst({
    where: { AND: [{ id: groupId }, visibleGroups(viewer)] },
    select: { id: true, name: true },
  });
  if (!group) return null;
  const followed = await followedVersions(prisma, [groupId]);
  const exemptions = await exemptionsInForce({ groupId }, dayOf(new Date()));
  const profiles = await Promise.all(followed.map((f) => standing(groupId, f, exemptions)));
  return { group, profiles };
}

async function standing(
  groupId: string,
  { profileId, versionId, version, definition }: FollowedVersion,
  exemptions: Exemptions,
) {
  const rows = await prisma.$queryRaw<Array<ComplianceCounts & { requirement: string; day: string }>>`
    SELECT requirement, day::text, ${COMPLIANCE_COUNT_COLUMNS}
    FROM compliance_rollups
    WHERE group_id = ${groupId}::uuid AND profile_version_id = ${versionId}::uuid
      AND day = (SELECT max(day) FROM compliance_rollups
                 WHERE group_id = ${groupId}::uuid AND profile_version_id = ${versionId}::uuid)`;
  const failing = await prisma.$queryRaw<
    Array<{ id: string; ascii: string; unicode: string; requirements: Record<string, RequirementStatus> }>
  >`
    SELECT d.id::text, d.ascii, d.unicode, e.requirements
    FROM domain_groups m
    JOIN domains d ON d.id = m.domain_id AND d.archived_at IS NULL
    JOIN LATERAL (
      SELECT run_number FROM domain_daily_status s WHERE s.domain_id = m.domain_id ORDER BY s.day DESC LIMIT 1
    ) st ON true
    JOIN domain_scans sc ON sc.run_number = st.run_number AND sc.domain_id = m.domain_id
    JOIN compliance_evaluations e ON e.report_id = sc.report_id AND e.profile_version_id = ${versionId}::uuid
    WHERE m.group_id = ${groupId}::uuid AND m.until_day IS NULL AND e.status = 'not_compliant'
    ORDER BY d.ascii LIMIT ${LISTED}`;
  return {
    profileId,
    versionId,
    version,
    definition,
    day: rows[0]?.day ?? null,
    counts: Object.fromEntries(rows.map(({ requirement, day: _day, ...counts }) => [requirement, counts])),
    notCompliant: failing.flatMap(({ requirements, ...domain }) => {
      const exempted = exemptions.get(exemptionKey(domain.id, profileId)) ?? new Set<string>();
      const shown = withExceptions(definition, requirements, exempted);
      if (shown.status !== 'not_compliant') return [];
      const ids = Object.entries(shown.requirements).filter(([, status]) => status === 'not_compliant');
      return [{ ...domain, failing: ids.map(([id]) => id) }];
    }),
  } satisfies ProfileStanding;
}
