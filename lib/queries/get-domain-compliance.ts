import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { withExceptions } from '@/lib/compliance/evaluate-profile';
import type { ProfileDefinition, RequirementStatus } from '@/lib/compliance/profile-schema';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { dayOf } from '@/lib/history/day-of';
import { exemptionKey, exemptionsInForce } from './exemptions-in-force';
import { visibleDomainsSql } from './visible';

export interface DomainProfileStatus {
  profileId: string;
  version: number;
  definition: ProfileDefinition;
  /**
   * The profile as a whole; unknown when the latest scan failed or is not judged yet. Requirements
   * covered by an exception in force (the domain's, or one of its groups') are exempted.
   */
  status: RequirementStatus;
  requirements: Record<string, RequirementStatus>;
}

/**
 * A domain's standing against every profile its current groups follow (each profile once), judged
 * on its latest daily status's report — what the group page and the rollups count. Empty when the
 * domain is not the viewer's to see, or its groups follow no profile.
 */
export async function getDomainCompliance(viewer: Viewer, domainId: string): Promise<DomainProfileStatus[]> {
  readAs(viewer);
  if (!isUuid(domainId)) return [];
  const rows = await prisma.$queryRaw<
    Array<{
      profile_id: string;
      version: number;
      definition: unknown;
      requirements: Record<string, RequirementStatus> | null;
    }>
  >`
    WITH profiles AS (
      SELECT DISTINCT gp.profile_id FROM domain_groups m
      JOIN group_compliance_profiles gp ON gp.group_id = m.group_id
      WHERE m.domain_id = ${domainId}::uuid AND m.until_day IS NULL
        AND ${visibleDomainsSql(viewer, Prisma.sql`m.domain_id`)}
    ),
    latest AS (
      SELECT sc.report_id FROM domain_daily_status s JOIN domain_scans sc ON sc.run_number = s.run_number AND sc.domain_id = s.domain_id
      WHERE s.domain_id = ${domainId}::uuid ORDER BY s.day DESC LIMIT 1
    )
    SELECT p.profile_id::text, v.version, v.definition, e.requirements
    FROM profiles p
    JOIN LATERAL (
      SELECT id, version, definition FROM compliance_profile_versions WHERE profile_id = p.profile_id
      ORDER BY version DESC LIMIT 1
    ) v ON true
    LEFT JOIN compliance_evaluations e
      ON e.profile_version_id = v.id AND e.report_id = (SELECT report_id FROM latest)
    ORDER BY p.profile_id`;
  const exemptions =
    rows.length === 0 ? new Map() : await exemptionsInForce({ domainIds: [domainId] }, dayOf(new Date()));
  return rows.map((row) => {
    const definition = profileDefinitionSchema.parse(row.definition);
    const exempted = exemptions.get(exemptionKey(domainId, row.profile_id)) ?? new Set<string>();
    return {
      profileId: row.profile_id,
      version: row.version,
      definition,
      ...withExceptions(definition, row.requirements ?? {}, exempted),
    };
  });
}
