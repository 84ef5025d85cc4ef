/**
 * The contract between every check and the DNS. Checks never talk to the network: they receive a
 * `Resolver` (STYLE.md: DNS is injected), so the same code runs against Knot, the system resolvers,
 * an in-memory zone in unit tests, or a caching/counting wrapper.
 */

export const RR_TYPES = ['A', 'AAAA', 'MX', 'TXT', 'SPF', 'CNAME', 'PTR', 'NS', 'SOA', 'TLSA'] as const;
export type RRType = (typeof RR_TYPES)[number];

/**
 * The exact outcome of one query. `nodata` is NOERROR with no record of the asked type (RFC 2308
 * §2.2); `servfail`, `refused` and `timeout` are temporary: what they hide is unknown, never missing.
 */
export type DnsOutcome = 'answer' | 'nxdomain' | 'nodata' | 'servfail' | 'refused' | 'timeout';

export interface MxRecord {
  preference: number;
  /** Lower-case, no trailing dot; '' for the Null MX target "." (RFC 7505). */
  exchange: string;
}

export interface SoaRecord {
  mname: string;
  rname: string;
  serial: number;
  minimum: number;
}

/** One TLSA record (RFC 6698 §2.1), the association data in lower-case hex. */
export interface TlsaRecord {
  usage: number;
  selector: number;
  matchingType: number;
  data: string;
}

/** The data of one record, per type. TXT/SPF keep their character-strings apart (RFC 1035 §3.3.14). */
export interface RecordData {
  A: string;
  AAAA: string;
  MX: MxRecord;
  TXT: string[];
  SPF: string[];
  CNAME: string;
  PTR: string;
  NS: string;
  SOA: SoaRecord;
  TLSA: TlsaRecord;
}

export interface DnsAnswer<T extends RRType = RRType> {
  /** The name asked, lower-case ASCII, no trailing dot. */
  name: string;
  type: T;
  outcome: DnsOutcome;
  /** Empty unless outcome is 'answer'. */
  records: RecordData[T][];
  /** Smallest TTL of the answer (or the SOA minimum for negative answers); null when unknown. */
  ttl: number | null;
  /** CNAME targets followed inside the answer, in order (lower-case, no trailing dot). */
  cnames: string[];
  /** Human-readable cause for temporary outcomes (e.g. "no answer from 127.0.0.1:5391 after 3 tries"). */
  detail?: string;
  /**
   * Set when the resolver flagged every reply of the answer (and of its CNAME chase) as validated by
   * DNSSEC (AD, RFC 4035 §3.2.3); meaningful only from a validating resolver (KENSA_DNS_VALIDATING).
   */
  authenticated?: true;
  /** Set on a temporary failure when no server was asked: the resolver is down, not the domain's DNS. */
  unreachable?: true;
}

/** A lookup whose outcome was temporary: what it would have shown is unknown, never missing. */
export type TemporaryFailure = Pick<DnsAnswer, 'name' | 'type' | 'outcome'>;

export interface Resolver {
  query<T extends RRType>(name: string, type: T): Promise<DnsAnswer<T>>;
  /** The same DNS without a run-wide cache, for names only one domain asks (counting-resolver.ts). */
  uncached?: Resolver;
}

/** True for outcomes that say nothing about whether a record exists. */
export function isTemporary(outcome: DnsOutcome): boolean {
  return outcome === 'servfail' || outcome === 'refused' || outcome === 'timeout';
}

/** True for NXDOMAIN/NODATA: the name certainly has no such record (a "void lookup", RFC 7208 §4.6.4). */
export function isVoid(outcome: DnsOutcome): boolean {
  return outcome === 'nxdomain' || outcome === 'nodata';
}

/** Joins a TXT record's character-strings without separators, as RFC 7208 §3.3 and RFC 6376 §3.6.2.2 require. */
export function joinTxt(strings: string[]): string {
  return strings.join('');
}
