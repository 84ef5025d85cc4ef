import { createHash } from 'node:crypto';
import { formatUuid } from '@/lib/db/format-uuid';

/**
 * The id the API shows for one domain's result in one run. A stored scan is keyed by its run's
 * number and its domain (domain_scans' primary key), not by a uuid of its own; the API keeps a uuid
 * for it, derived from the two uuids it already shows, so it is the same on every read and never
 * stored: an RFC 9562 §5.8 version-8 (custom) uuid holding the first 122 bits of the SHA-256 of
 * `${runId}/${domainId}`, with the version (§4.2) and variant (§4.1) bits set.
 */
export function scanResultId(runId: string, domainId: string): string {
  return formatUuid(createHash('sha256').update(`${runId}/${domainId}`).digest().subarray(0, 16), 8);
}
