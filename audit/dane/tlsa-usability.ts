import type { TlsaRecord } from '../dns/types';

/** Octets of the digest each matching type carries (RFC 6698 §2.1.3): SHA-256, SHA2-512. */
const DIGEST_OCTETS: Record<number, number> = { 1: 32, 2: 64 };

/**
 * Why an SMTP client ignores this TLSA record, or null when it can use it. RFC 7672 §3.1.3: the PKIX
 * usages 0 and 1 are unusable for SMTP (clients have no common set of CAs for MX hosts); RFC 6698
 * §2.1 and RFC 7671 §4: unknown usage, selector or matching type values, or a digest of the wrong
 * length, make a record unusable.
 */
export function tlsaProblem(record: TlsaRecord): string | null {
  if (record.usage === 0 || record.usage === 1)
    return `usage ${record.usage} (PKIX-${record.usage === 0 ? 'TA' : 'EE'}) is not for SMTP`;
  if (record.usage !== 2 && record.usage !== 3) return `unknown usage ${record.usage}`;
  if (record.selector !== 0 && record.selector !== 1) return `unknown selector ${record.selector}`;
  if (record.matchingType > 2) return `unknown matching type ${record.matchingType}`;
  const octets = DIGEST_OCTETS[record.matchingType];
  if (octets !== undefined && record.data.length !== octets * 2)
    return `a ${record.data.length / 2}-octet digest where matching type ${record.matchingType} has ${octets}`;
  if (record.data.length === 0) return 'no association data';
  return null;
}

/**
 * RFC 7672 §3.1.1 and §3.1.2 recommend "3 1 1" (the server's own key, SHA-256) and "2 1 1" (an issuer's
 * key): they survive re-issued certificates with the same key and stay small.
 */
export function isRecommendedTlsa(record: TlsaRecord): boolean {
  return record.selector === 1 && record.matchingType === 1 && (record.usage === 3 || record.usage === 2);
}

/** "3 1 1 ab12…" as a zone file writes it, the data cut to 16 hex digits. */
export function formatTlsa(record: TlsaRecord): string {
  const data = record.data.length > 16 ? `${record.data.slice(0, 16)}…` : record.data;
  return `${record.usage} ${record.selector} ${record.matchingType} ${data}`;
}
