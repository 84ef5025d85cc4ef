import { isIPv4, isIPv6 } from 'node:net';
import { quoted, refuseNotDmarc } from './refusal';
import { textOf, type XmlNode } from './xml-node';

/** 9999-12-31T23:59:59Z: the last second ISO 8601's four-digit year can write. */
const LAST_SECOND = 253_402_300_799;
/** A record's count fits PostgreSQL's integer, so 100,000 of them sum to a safe integer. */
const MAX_COUNT = 2_147_483_647;
const EPOCH_SECONDS = /^\d{1,12}(\.0*)?$/;
const DIGITS = /^\d{1,10}$/;
const DOMAIN_LIKE = /^[^\s\p{Cc}]{1,255}$/u;
/** The WHATWG serialisation of an IPv4-mapped address: `::ffff:c000:201`. */
const IPV4_MAPPED = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

/**
 * Enumerations (RFC 7489 Appendix C: disposition, results, scope, policy values) are matched
 * without regard to case or surrounding space: reporters write `Pass`, ` none `.
 */
export function enumeration(text: string): string {
  return text.trim().toLowerCase();
}

/** The child's text, or a refusal naming where it was missing. */
export function requiredText(node: XmlNode, name: string, where: string): string {
  const text = textOf(node, name);
  if (text === null) throw refuseNotDmarc(`${where}/${name} is missing`);
  return text;
}

/** An optional enumeration: lower-cased, null when absent or empty. */
export function optionalEnumeration(node: XmlNode | undefined, name: string): string | null {
  const text = textOf(node, name);
  return text === null ? null : enumeration(text);
}

/** `date_range` times are seconds since the epoch, UTC (RFC 7489 Appendix C); some write `….0`. */
export function epochSecondsToIso(text: string, where: string): string {
  const seconds = Number.parseInt(text, 10);
  if (!EPOCH_SECONDS.test(text) || seconds > LAST_SECOND)
    throw refuseNotDmarc(`${where} ${quoted(text)} is not a time in seconds since 1970`);
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** A domain as Kensa compares them: lower-case, without the root's trailing dot. */
export function domainName(text: string, where: string): string {
  const domain = text.trim().toLowerCase().replace(/\.$/, '');
  if (domain !== '' && !DOMAIN_LIKE.test(domain))
    throw refuseNotDmarc(`${where} ${quoted(text)} is not a domain name`);
  return domain;
}

/**
 * `source_ip`: IPv4 as written, IPv6 in its canonical form (RFC 5952) so one source is one key; an
 * IPv4-mapped address (`::ffff:192.0.2.1`, RFC 4291 §2.5.5.2) is that IPv4 source.
 */
export function ipAddress(text: string, where: string): string {
  if (isIPv4(text)) return text;
  if (!isIPv6(text)) throw refuseNotDmarc(`${where} ${quoted(text)} is not an IP address`);
  const canonical = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const mapped = IPV4_MAPPED.exec(canonical);
  if (!mapped) return canonical;
  const [high, low] = [Number.parseInt(mapped[1] ?? '0', 16), Number.parseInt(mapped[2] ?? '0', 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

export function messageCount(text: string, where: string): number {
  const count = Number(text);
  if (!DIGITS.test(text) || count > MAX_COUNT)
    throw refuseNotDmarc(`${where} ${quoted(text)} is not a message count`);
  return count;
}

/** `pct` (RFC 7489 §6.3): 0–100; anything else is kept as absent rather than refusing the report. */
export function percentage(text: string | null): number | null {
  if (text === null || !/^\d{1,3}$/.test(text)) return null;
  const pct = Number(text);
  return pct <= 100 ? pct : null;
}
