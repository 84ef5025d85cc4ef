import type { PrismaClient } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { WHOLE_PROFILE } from '@/lib/compliance/refresh-compliance-rollups';
import type { Day } from '@/lib/history/day-of';
import { ALL_SCOPE } from '@/lib/history/refresh-adoption-rollups';
import { complianceMetric } from '@/lib/queries/compliance-count';
import { type ComplianceFigures, getComplianceFigures } from '@/lib/queries/get-compliance-figures';
import type {
  ComplianceFigure,
  ComplianceProfileSection,
  ComplianceReportSection,
} from './compliance-report-section-schema';

/**
 * The report's compliance section: for each chosen group, each profile it follows (latest version)
 * with the share compliant as a whole and per requirement at the period end, the change since the
 * period start and since the previous report of the same selection. Read from compliance_rollups
 * through a viewer-filtered query; "all registered domains" follows no profile and has no entry.
 */
export async function buildComplianceReportSection(
  viewer: Viewer,
  input: { scopes: readonly string[]; from: Day; to: Day },
  previous: ComplianceReportSection | undefined,
  db: PrismaClient,
): Promise<ComplianceReportSection> {
  const groupIds = input.scopes.filter((scope) => scope !== ALL_SCOPE);
  const figures = await getComplianceFigures(viewer, { groupIds, from: input.from, to: input.to }, db);
  return {
    scopes: groupIds.map((scope) => {
      const before = previous?.scopes.find((s) => s.scope === scope)?.profiles;
      return {
        scope,
        profiles: figures
          .filter((f) => f.groupId === scope)
          .map((f) =>
            profileSection(
              f,
              before?.find((p) => p.profileId === f.profileId),
            ),
          ),
      };
    }),
  };
}

function profileSection(
  f: ComplianceFigures,
  before: ComplianceProfileSection | undefined,
): ComplianceProfileSection {
  return {
    profileId: f.profileId,
    version: f.version,
    name: f.definition.name,
    day: f.day,
    baselineDay: f.baselineDay,
    whole: figure(f, WHOLE_PROFILE, before?.whole),
    requirements: f.definition.requirements.map((r) => ({
      id: r.id,
      level: r.level,
      title: r.title,
      ...figure(
        f,
        r.id,
        before?.requirements.find((b) => b.id === r.id),
      ),
    })),
  };
}

function figure(f: ComplianceFigures, requirement: string, before: ComplianceFigure | undefined) {
  const now = f.current[requirement] ?? null;
  const current = complianceMetric(now);
  const percent = current?.percent ?? null;
  const start = complianceMetric(f.baseline[requirement] ?? null)?.percent ?? null;
  const previous = before?.current?.percent ?? null;
  return {
    current,
    notApplicable: now?.notApplicable ?? null,
    exempted: now?.exempted ?? null,
    changePoints: percent !== null && start !== null ? percent - start : null,
    previousChangePoints: percent !== null && previous !== null ? percent - previous : null,
  } satisfies ComplianceFigure;
}
