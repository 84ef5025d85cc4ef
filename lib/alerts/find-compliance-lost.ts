import { withExceptions } from '@/lib/compliance/evaluate-profile';
import type { RequirementStatus } from '@/lib/compliance/profile-schema';
import { latestProfileVersion } from '@/lib/compliance/profile-versions';
import type { Day } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import { exemptionKey, exemptionsInForce } from '@/lib/queries/exemptions-in-force';
import type { NewMatch } from './match-detail';
import { ruleScopeSql } from './rule-scope-sql';

export interface ComplianceLostRule {
  runId: string;
  groupId: string | null;
  profileId: string;
  /** A requirement id of the profile; absent for the profile as a whole. */
  requirement?: string;
}

/**
 * Domains of the run judged not compliant (with the profile's latest version as a whole, or with
 * one requirement) on this scan's report where the domain's previous scan with a known verdict
 * was compliant. Unknown (a lookup failed, lib/compliance/evaluate-requirement.ts) is skipped on
 * both sides, so a timeout neither fires nor hides the change. A failure covered by an exception in
 * force on the run's day is exempted, not lost (as the group page and rollups count it). One match
 * per scan.
 */
export async function findComplianceLost(db: Db, rule: ComplianceLostRule, day: Day): Promise<NewMatch[]> {
  const latest = await latestProfileVersion(db, rule.profileId);
  if (!latest) return [];
  const requirement = rule.requirement ?? null;
  const wanted = requirement && latest.definition.requirements.find((r) => r.id === requirement);
  if (requirement && !wanted) return [];
  const rows = await db.$queryRaw<
    Array<{
      run_number: number;
      domain_id: string;
      ascii: string;
      at: Date;
      requirements: Record<string, RequirementStatus>;
    }>
  >`
    SELECT s.run_number, s.domain_id::text AS domain_id, d.ascii, s.finished_at AS at, e.requirements
    FROM domain_scans s
    JOIN domains d ON d.id = s.domain_id
    JOIN compliance_evaluations e
      ON e.report_id = s.report_id AND e.profile_version_id = ${latest.versionId}::uuid
    WHERE ${scanOfRunSql('s', rule.runId)} AND s.status IN ('complete', 'partial') AND ${ruleScopeSql(rule.groupId)}
      AND CASE WHEN ${requirement}::text IS NULL THEN e.status::text
               ELSE e.requirements ->> ${requirement}::text END = 'not_compliant'
      AND (SELECT CASE WHEN ${requirement}::text IS NULL THEN pe.status::text
                       ELSE pe.requirements ->> ${requirement}::text END
           FROM domain_scans p
           JOIN compliance_evaluations pe
             ON pe.report_id = p.report_id AND pe.profile_version_id = ${latest.versionId}::uuid
           WHERE p.domain_id = s.domain_id AND p.finished_at < s.finished_at
             AND CASE WHEN ${requirement}::text IS NULL THEN pe.status::text
                      ELSE pe.requirements ->> ${requirement}::text END IN ('compliant', 'not_compliant')
           ORDER BY p.finished_at DESC LIMIT 1) = 'compliant'`;
  const exemptions =
    rows.length === 0
      ? new Map()
      : await exemptionsInForce({ domainIds: rows.map((r) => r.domain_id) }, day, db);
  const stillLost = rows.filter((row) => {
    const exempted = exemptions.get(exemptionKey(row.domain_id, rule.profileId)) ?? new Set<string>();
    const shown = withExceptions(latest.definition, row.requirements, exempted);
    return (requirement ? shown.requirements[requirement] : shown.status) === 'not_compliant';
  });
  return stillLost.map((row) => ({
    domainId: row.domain_id,
    dedupeKey: `compliance:${row.run_number}:${row.domain_id}:${rule.profileId}:${requirement ?? ''}`,
    detail: {
      kind: 'compliance_lost',
      profileId: rule.profileId,
      profileName: latest.definition.name,
      requirement,
      requirementTitle: wanted ? wanted.title : null,
      domainId: row.domain_id,
      domain: row.ascii,
      at: row.at.toISOString(),
    },
  }));
}
