import { type DnsAnswer, isTemporary, type RRType } from '../dns/types';
import type { DnssecValidation } from './dnssec-validation';
import type { DnssecState } from './types';

/**
 * The DNSSEC state of one answer from a validating resolver (RFC 4035 §4.3): AD on a definite
 * answer (also NXDOMAIN/NODATA, whose denial is signed) is secure, its absence insecure. A SERVFAIL
 * that the same question answers with CD set is bogus; any other failure is unknown.
 */
export async function dnssecStateOf(
  answer: DnsAnswer,
  validation: DnssecValidation | undefined,
): Promise<DnssecState> {
  if (validation === undefined) return 'unknown';
  if (!isTemporary(answer.outcome)) return answer.authenticated ? 'secure' : 'insecure';
  if (answer.outcome !== 'servfail') return 'unknown';
  const unchecked = await validation.checkingDisabled.query(answer.name, answer.type as RRType);
  return isTemporary(unchecked.outcome) ? 'unknown' : 'bogus';
}
