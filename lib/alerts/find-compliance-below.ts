import { latestProfileVersion } from '@/lib/compliance/profile-versions';
import { WHOLE_PROFILE } from '@/lib/compliance/refresh-compliance-rollups';
import type { Day } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import { type ComplianceCounts, complianceMetric } from '@/lib/queries/compliance-count';
import { COMPLIANCE_COUNT_COLUMNS } from '@/lib/queries/compliance-count-columns';
import type { NewMatch } from './match-detail';

export interface ComplianceBelowRule {
  runId: string;
  /** The group watched; null = every group that follows the profile. */
  groupId: string | null;
  profileId: string;
  percent: number;
}

type Row = ComplianceCounts & { group_id: string; name: string; day: string };

/**
 * Groups following the profile whose share compliant with it as a whole (compliance_rollups, the
 * overview cards' figure) is below `percent` on the run's day while it was not on the group's day
 * with figures before: a fall through the line, once per group, profile and day. Only groups with
 * a member scanned in the run can have moved, so others are not read.
 */
export async function findComplianceBelow(db: Db, rule: ComplianceBelowRule, day: Day): Promise<NewMatch[]> {
  const latest = await latestProfileVersion(db, rule.profileId);
  if (!latest) return [];
  const rows = await db.$queryRaw<Array<Row & { rank: number }>>`
    WITH touched AS (
      SELECT DISTINCT gp.group_id FROM group_compliance_profiles gp
      JOIN domain_groups m ON m.group_id = gp.group_id
      JOIN domain_scans s ON s.domain_id = m.domain_id AND ${scanOfRunSql('s', rule.runId)}
      WHERE gp.profile_id = ${rule.profileId}::uuid
        AND (${rule.groupId}::uuid IS NULL OR gp.group_id = ${rule.groupId}::uuid)
    )
    SELECT t.group_id::text, g.name, r.*
    FROM touched t JOIN groups g ON g.id = t.group_id
    CROSS JOIN LATERAL (
      SELECT day::text, ${COMPLIANCE_COUNT_COLUMNS}, (row_number() OVER (ORDER BY day DESC))::int AS rank
      FROM compliance_rollups
      WHERE group_id = t.group_id AND profile_version_id = ${latest.versionId}::uuid
        AND requirement = ${WHOLE_PROFILE} AND day <= ${day}::date
      ORDER BY day DESC LIMIT 2
    ) r`;
  const share = (row: Row | undefined) => (row ? (complianceMetric(row)?.percent ?? null) : null);
  return rows.flatMap((now) => {
    if (now.rank !== 1 || now.day !== day) return [];
    const toPercent = share(now);
    const fromPercent = share(rows.find((r) => r.group_id === now.group_id && r.rank === 2));
    if (toPercent === null || toPercent >= rule.percent) return [];
    if (fromPercent !== null && fromPercent < rule.percent) return [];
    return [
      {
        domainId: null,
        dedupeKey: `compliance-below:${now.group_id}:${rule.profileId}:${day}`,
        detail: {
          kind: 'compliance_below',
          groupId: now.group_id,
          groupName: now.name,
          profileId: rule.profileId,
          profileName: latest.definition.name,
          percent: rule.percent,
          fromPercent,
          toPercent,
          day,
          at: new Date().toISOString(),
        },
      },
    ];
  });
}
