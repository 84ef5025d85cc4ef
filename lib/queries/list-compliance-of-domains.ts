import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { withExceptions } from '@/lib/compliance/evaluate-profile';
import { profileDefinitionSchema, type RequirementStatus } from '@/lib/compliance/profile-schema';
import { dayOf } from '@/lib/history/day-of';
import { exemptionKey, exemptionsInForce } from './exemptions-in-force';
import { visibleDomainsSql } from './visible';

/** A domain's standing against one profile its current groups follow, as the exports write it. */
export interface DomainComplianceCell {
  /** The built-in key, or an administrator's profile's English name. */
  profile: string;
  /**
   * The profile as a whole; unknown when the latest scan failed or is not judged yet; exceptions in
   * force are laid over it as on the domain and group pages (exempted, never listed as failing).
   */
  status: RequirementStatus;
  /** Ids of the requirements proven not met. */
  failing: string[];
}

/**
 * For a batch of domains (an export's), each one's standing against every profile its current
 * groups follow (latest version, each profile once), judged on its latest daily status's report,
 * as getDomainCompliance reads one domain (with its exceptions in force today). One query per batch; domains the viewer may not see get
 * nothing. Profiles come in one order: built-ins by key, then the others by name.
 */
export async function listComplianceOfDomains(
  db: PrismaClient,
  viewer: Viewer,
  domainIds: readonly string[],
): Promise<Map<string, DomainComplianceCell[]>> {
  readAs(viewer);
  const out = new Map<string, DomainComplianceCell[]>();
  if (domainIds.length === 0) return out;
  const rows = await db.$queryRaw<
    Array<{
      domain_id: string;
      profile: string;
      profile_id: string;
      definition: unknown;
      requirements: Record<string, RequirementStatus> | null;
    }>
  >`
    WITH followed AS (
      SELECT DISTINCT m.domain_id, gp.profile_id FROM domain_groups m
      JOIN group_compliance_profiles gp ON gp.group_id = m.group_id
      WHERE m.domain_id = ANY(${domainIds}::uuid[]) AND m.until_day IS NULL
        AND ${visibleDomainsSql(viewer, Prisma.sql`m.domain_id`)}
    )
    SELECT f.domain_id::text, coalesce(p.builtin_key, v.definition->'name'->>'en') AS profile,
      f.profile_id::text, v.definition, e.requirements
    FROM followed f
    JOIN compliance_profiles p ON p.id = f.profile_id
    JOIN LATERAL (
      SELECT id, definition FROM compliance_profile_versions WHERE profile_id = f.profile_id
      ORDER BY version DESC LIMIT 1
    ) v ON true
    LEFT JOIN LATERAL (
      SELECT sc.report_id FROM domain_daily_status s JOIN domain_scans sc ON sc.run_number = s.run_number AND sc.domain_id = s.domain_id
      WHERE s.domain_id = f.domain_id ORDER BY s.day DESC LIMIT 1
    ) latest ON true
    LEFT JOIN compliance_evaluations e ON e.profile_version_id = v.id AND e.report_id = latest.report_id
    ORDER BY f.domain_id, p.builtin_key NULLS LAST, profile`;
  const exemptions =
    rows.length === 0 ? new Map() : await exemptionsInForce({ domainIds }, dayOf(new Date()), db);
  for (const row of rows) {
    const exempted = exemptions.get(exemptionKey(row.domain_id, row.profile_id)) ?? new Set<string>();
    const shown = withExceptions(
      profileDefinitionSchema.parse(row.definition),
      row.requirements ?? {},
      exempted,
    );
    const failing = Object.entries(shown.requirements)
      .filter(([, status]) => status === 'not_compliant')
      .map(([id]) => id);
    const cells = out.get(row.domain_id) ?? [];
    cells.push({ profile: row.profile, status: shown.status, failing });
    out.set(row.domain_id, cells);
  }
  return out;
}
