import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { WHOLE_PROFILE } from '@/lib/compliance/refresh-compliance-rollups';
import { prisma } from '@/lib/db';
import type { Day } from '@/lib/history/day-of';
import type { MetricSummary } from '@/lib/history/summarize-adoption';
import { type ComplianceCounts, complianceMetric } from './compliance-count';

/** Cards shown at most: one per followed (group, profile). */
const MAX_CARDS = 24;

export interface ComplianceCard {
  groupId: string;
  groupName: string;
  profileId: string;
  name: { en: string; ja: string };
  /** The last day with figures on or before `to`; null when none yet. */
  day: Day | null;
  baselineDay: Day | null;
  summary: MetricSummary;
  /** Members exempted from the profile (every failing must covered by an exception) on `day`. */
  exempted: number;
}

const COUNT_COLUMNS = [
  'domains',
  'compliant',
  'not_compliant',
  'unknown',
  'not_applicable',
  'exempted',
] as const;

type Row = {
  group_id: string;
  group_name: string;
  profile_id: string;
  definition: unknown;
  day: string | null;
  base_day: string | null;
} & { [K in `${'cur' | 'base'}_${(typeof COUNT_COLUMNS)[number]}`]: number | null };

/**
 * The overview's compliance cards: for each profile a visible group follows, the share of its
 * members compliant with the profile's latest version at the end of the period, and the change in
 * points since the last day before it ("compliant with the JP guideline: 41.2%, +6.3 points").
 * Reads only compliance_rollups; `groupIds` null means every group the viewer may see.
 */
export async function getComplianceCards(
  viewer: Viewer,
  { groupIds, from, to }: { groupIds: readonly string[] | null; from: Day; to: Day },
): Promise<ComplianceCard[]> {
  readAs(viewer);
  const asked =
    groupIds === null ? Prisma.sql`true` : Prisma.sql`gp.group_id::text = ANY(${groupIds}::text[])`;
  const scoped =
    viewer.groupIds === null
      ? Prisma.sql`true`
      : Prisma.sql`gp.group_id::text = ANY(${viewer.groupIds}::text[])`;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT gp.group_id::text, g.name AS group_name, gp.profile_id::text, v.definition,
      cur.day::text AS day, base.day::text AS base_day, 
      cur.domains AS cur_domains, cur.compliant AS cur_compliant, cur.not_compliant AS cur_not_compliant,
      cur.unknown AS cur_unknown, cur.not_applicable AS cur_not_applicable, cur.exempted AS cur_exempted,
      base.domains AS base_domains, base.compliant AS base_compliant, base.not_compliant AS base_not_compliant,
      base.unknown AS base_unknown, base.not_applicable AS base_not_applicable, base.exempted AS base_exempted
    FROM group_compliance_profiles gp
    JOIN groups g ON g.id = gp.group_id
    JOIN LATERAL (
      SELECT id, definition FROM compliance_profile_versions WHERE profile_id = gp.profile_id ORDER BY version DESC LIMIT 1
    ) v ON true
    LEFT JOIN LATERAL (
      SELECT * FROM compliance_rollups r WHERE r.group_id = gp.group_id AND r.profile_version_id = v.id
        AND r.requirement = ${WHOLE_PROFILE} AND r.day <= ${to}::date ORDER BY r.day DESC LIMIT 1
    ) cur ON true
    LEFT JOIN LATERAL (
      SELECT * FROM compliance_rollups r WHERE r.group_id = gp.group_id AND r.profile_version_id = v.id
        AND r.requirement = ${WHOLE_PROFILE} AND r.day < ${from}::date ORDER BY r.day DESC LIMIT 1
    ) base ON true
    WHERE ${asked} AND ${scoped}
    ORDER BY g.name, gp.created_at
    LIMIT ${MAX_CARDS}`;
  return rows.map((row) => {
    const current = complianceMetric(row.day === null ? null : countsOf(row, 'cur'));
    const baseline = complianceMetric(row.base_day === null ? null : countsOf(row, 'base'));
    const changePoints =
      current?.percent == null || baseline?.percent == null ? null : current.percent - baseline.percent;
    return {
      groupId: row.group_id,
      groupName: row.group_name,
      profileId: row.profile_id,
      name: profileDefinitionSchema.parse(row.definition).name,
      day: row.day,
      baselineDay: row.base_day,
      summary: { current, baseline, changePoints },
      exempted: row.cur_exempted ?? 0,
    };
  });
}

function countsOf(row: Row, prefix: 'cur' | 'base'): ComplianceCounts {
  return {
    domains: row[`${prefix}_domains`] ?? 0,
    compliant: row[`${prefix}_compliant`] ?? 0,
    notCompliant: row[`${prefix}_not_compliant`] ?? 0,
    unknown: row[`${prefix}_unknown`] ?? 0,
    notApplicable: row[`${prefix}_not_applicable`] ?? 0,
    exempted: row[`${prefix}_exempted`] ?? 0,
  };
}
