import type { FindingId } from '../findings/catalog';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { ACCEPTED_HASHES } from './dkim-key-tags';
import type { DkimKey } from './types';

/** RFC 8301 §3.2: verifiers reject RSA keys under 1024 bits; signers SHOULD use at least 2048. */
const MINIMUM_BITS = 1024;
const RECOMMENDED_BITS = 2048;

/** The findings one key record earns. */
export function keyFindings(key: DkimKey): Finding<FindingId>[] {
  const evidence = { selector: key.selector, record: key.record };
  const findings: Finding<FindingId>[] = [];
  if (key.errors.length > 0)
    findings.push(
      makeFinding('dkim.key-invalid', { ...evidence, errors: key.errors }, key.errors.join('; ')),
    );
  if (key.revoked) findings.push(makeFinding('dkim.revoked', evidence, key.selector));
  if (key.testing) findings.push(makeFinding('dkim.testing', evidence, key.selector));
  if (key.bits !== null && key.bits < MINIMUM_BITS) {
    findings.push(
      makeFinding('dkim.key-too-short', { ...evidence, bits: key.bits }, `${key.selector}: ${key.bits} bits`),
    );
  } else if (key.bits !== null && key.bits < RECOMMENDED_BITS) {
    findings.push(
      makeFinding('dkim.key-1024', { ...evidence, bits: key.bits }, `${key.selector}: ${key.bits} bits`),
    );
  }
  if (isSha1Only(key)) {
    findings.push(
      makeFinding('dkim.sha1-only', { ...evidence, hashAlgorithms: key.hashAlgorithms }, key.selector),
    );
  }
  return findings;
}

/** h= lists sha1 but no hash RFC 8301 §3.1 still accepts (a list with none known is key-invalid instead). */
function isSha1Only(key: DkimKey): boolean {
  const hashes = key.hashAlgorithms ?? [];
  return hashes.includes('sha1') && !hashes.some((hash) => ACCEPTED_HASHES.includes(hash));
}
