import { FINDINGS, type FindingId } from './catalog';
import type { EvidenceValue, Finding } from './types';

/** Builds a reported finding from its catalog entry; `detail` refines the catalog title for this domain. */
export function makeFinding(
  id: FindingId,
  evidence: Record<string, EvidenceValue> = {},
  detail?: string,
): Finding<FindingId> {
  const entry = FINDINGS[id];
  return {
    id,
    severity: entry.severity,
    rfc: entry.rfc,
    message: detail ? `${entry.title.en}: ${detail}` : entry.title.en,
    evidence,
  };
}
