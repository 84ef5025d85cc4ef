import { findingDefinition } from './finding-definition';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface GradedFinding {
  id: string;
  severity: string;
}

export interface GradeResult {
  grade: Grade;
  /** The findings that lowered the grade, errors first; empty for an A. */
  reasons: GradedFinding[];
}

/**
 * The scorecard grade, from the severities of a domain's current findings and nothing else, so
 * that it can be explained in one line and recomputed by anyone from the findings list:
 *
 *   A  no error and no warning
 *   B  no error, 1–2 warnings
 *   C  no error, 3 or more warnings
 *   D  exactly 1 error
 *   F  2 or more errors
 *
 * Info findings (e.g. "ADSP is historic") never lower the grade. The severities are the catalog's
 * (audit/findings/catalog.ts), so a finding weighs the same on every page and in every export.
 * A finding id that appears twice (e.g. two SPF records with a syntax error) counts once.
 */
export function computeGrade(findings: readonly GradedFinding[]): GradeResult {
  const unique = new Map<string, GradedFinding>();
  for (const finding of findings) {
    if (finding.severity === 'error' || finding.severity === 'warning') unique.set(finding.id, finding);
  }
  const reasons = [...unique.values()].sort((a, b) =>
    a.severity === b.severity ? a.id.localeCompare(b.id) : a.severity === 'error' ? -1 : 1,
  );
  const errors = reasons.filter((finding) => finding.severity === 'error').length;
  const warnings = reasons.length - errors;
  let grade: Grade = 'A';
  if (errors >= 2) grade = 'F';
  else if (errors === 1) grade = 'D';
  else if (warnings >= 3) grade = 'C';
  else if (warnings >= 1) grade = 'B';
  return { grade, reasons };
}

/**
 * The grade of a domain_current_state row, which keeps finding ids only: each id weighs its catalog
 * severity (an id this build does not know counts as info), as on the scorecard.
 */
export function gradeOfFindingIds(ids: readonly string[]): GradeResult {
  return computeGrade(ids.map((id) => ({ id, severity: findingDefinition(id)?.severity ?? 'info' })));
}
