import type { AuditReport } from '@/audit/report';
import { evaluateRequirement } from './evaluate-requirement';
import type { ProfileDefinition, RequirementStatus } from './profile-schema';

/** A domain's standing against a whole profile: how each requirement fares, and overall. */
export interface ProfileEvaluation {
  /** Over the "must" requirements: not compliant if one fails, else unknown if one is unknown. */
  status: RequirementStatus;
  requirements: Record<string, RequirementStatus>;
}

/**
 * Evaluates every requirement of a profile against one report. "Should" requirements are shown but
 * do not decide the overall status, as the guidelines use the word (recommended, not required).
 * A domain to which no "must" applies (a non-sending-only profile on a sending domain) is not applicable.
 */
export function evaluateProfile(profile: ProfileDefinition, report: AuditReport): ProfileEvaluation {
  const requirements: Record<string, RequirementStatus> = {};
  for (const requirement of profile.requirements)
    requirements[requirement.id] = evaluateRequirement(requirement, report);
  const musts = profile.requirements.filter((r) => r.level === 'must').map((r) => requirements[r.id]);
  return { status: overallStatus(musts), requirements };
}

function overallStatus(musts: ReadonlyArray<RequirementStatus | undefined>): RequirementStatus {
  const applicable = musts.filter((s) => s !== 'not_applicable');
  if (applicable.length === 0) return 'not_applicable';
  if (applicable.includes('not_compliant')) return 'not_compliant';
  if (applicable.includes('unknown')) return 'unknown';
  return 'compliant';
}
