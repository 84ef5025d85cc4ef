import type { AuditReport } from '@/audit/report';
import { evaluateRequirement } from './evaluate-requirement';
import { OVERALL_PRECEDENCE, type ProfileDefinition, type RequirementStatus } from './profile-schema';

/** A domain's standing against a whole profile: how each requirement fares, and overall. */
export interface ProfileEvaluation {
  /** Over the "must" requirements, by OVERALL_PRECEDENCE: not compliant if one fails, and so on. */
  status: RequirementStatus;
  requirements: Record<string, RequirementStatus>;
}

const NO_EXCEPTIONS: ReadonlySet<string> = new Set();

/** The judged statuses an exception turns into "exempted" (the rollups' SQL reads the same list). */
export const EXEMPTIBLE: ReadonlySet<RequirementStatus> = new Set(['not_compliant', 'unknown']);

/**
 * Evaluates every requirement of a profile against one report. "Should" requirements are shown but
 * do not decide the overall status, as the guidelines use the word (recommended, not required).
 * A domain to which no "must" applies (a non-sending-only profile on a sending domain) is not applicable.
 * `exempted`: the requirement ids an approved exception in force covers (see withExceptions).
 */
export function evaluateProfile(
  profile: ProfileDefinition,
  report: AuditReport,
  exempted: ReadonlySet<string> = NO_EXCEPTIONS,
): ProfileEvaluation {
  const requirements: Record<string, RequirementStatus> = {};
  for (const requirement of profile.requirements)
    requirements[requirement.id] = evaluateRequirement(requirement, report);
  return withExceptions(profile, requirements, exempted);
}

/**
 * Lays exceptions over judged requirement statuses (a stored evaluation, or all unknown when none)
 * and combines the musts. A covered requirement that is not met (not compliant, or unknown) is
 * "exempted": explained, not complied with. One met stays compliant (the domain complies, a
 * group-wide exception does not hide it), one that does not apply stays not applicable. When the
 * exception ends the judged status shows again (the stored evaluation is never changed).
 */
export function withExceptions(
  profile: ProfileDefinition,
  judged: Readonly<Record<string, RequirementStatus>>,
  exempted: ReadonlySet<string>,
): ProfileEvaluation {
  const requirements: Record<string, RequirementStatus> = {};
  for (const { id } of profile.requirements) {
    const status = judged[id] ?? 'unknown';
    requirements[id] = exempted.has(id) && EXEMPTIBLE.has(status) ? 'exempted' : status;
  }
  const musts = profile.requirements.filter((r) => r.level === 'must').map((r) => requirements[r.id]);
  return { status: overallStatus(musts), requirements };
}

function overallStatus(musts: ReadonlyArray<RequirementStatus | undefined>): RequirementStatus {
  return OVERALL_PRECEDENCE.find((status) => musts.includes(status)) ?? 'not_applicable';
}
