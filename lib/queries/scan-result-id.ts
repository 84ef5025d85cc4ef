import { createHash } from 'node:crypto';

/**
 * The id the API shows for one domain's result in one run. A stored scan is keyed by its run's
 * number and its domain (domain_scans' primary key), not by a uuid of its own; the API keeps a uuid
 * for it, derived from the two uuids it already shows, so it is the same on every read and never
 * stored: an RFC 9562 §5.8 version-8 (custom) uuid holding the first 122 bits of the SHA-256 of
 * `${runId}/${domainId}`, with the version (§4.2) and variant (§4.1) bits set.
 */
export function scanResultId(runId: string, domainId: string): string {
  const bytes = createHash('sha256').update(`${runId}/${domainId}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
