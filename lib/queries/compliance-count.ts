import type { MetricCount } from '@/lib/history/read-adoption-days';

/** One compliance_rollups row's counts. */
export interface ComplianceCounts {
  domains: number;
  compliant: number;
  notCompliant: number;
  unknown: number;
  notApplicable: number;
  /** Covered by an approved exception in force: neither compliant nor judged against the member. */
  exempted: number;
}

/**
 * Compliance counts in the adoption figures' shape, so the overview's cards show them alike:
 * compliant over the domains judged (compliant or not); unknown and exempted counted apart (exempted
 * is shown beside the share, never in it), not applicable left out.
 */
export function complianceMetric(counts: ComplianceCounts | null): MetricCount | null {
  if (counts === null) return null;
  const known = counts.compliant + counts.notCompliant;
  return {
    adopted: counts.compliant,
    known,
    unknown: counts.unknown,
    domains: counts.domains - counts.notApplicable,
    percent: known === 0 ? null : (counts.compliant / known) * 100,
  };
}
