import { type DnsAnswer, isTemporary, isVoid, type Resolver, type RRType } from '../dns/types';
import type { SpfFailure } from './spf-types';

/** Every limit RFC 7208 puts on publishers and evaluators, in one place. */
export const SPF_LIMITS = {
  /** §4.6.4: include, a, mx, ptr, exists and redirect terms per check_host() evaluation. */
  dnsTerms: 10,
  /** §4.6.4: lookups answering NXDOMAIN or NODATA. */
  voidLookups: 2,
  /** §4.6.4: MX names one mx term may look up; more is a permerror. */
  mxNames: 10,
  /** §4.6.4: PTR names one ptr term or %{p} may check; the rest are ignored. */
  ptrNames: 10,
  /** §3.4: keep a record small enough for a UDP answer. */
  recordOctets: 450,
  /** §7.3 (RFC 1035 §2.3.4): a name longer than this loses labels from the left. */
  nameOctets: 253,
  /** RFC 1035 §2.3.4. */
  labelOctets: 63,
  /**
   * Not from the RFC: how many DNS-querying terms the audit follows before it stops walking the
   * include/redirect tree, so a hostile record cannot make one audit query without end.
   */
  auditTerms: 100,
} as const;

/**
 * The DNS as one check_host() evaluation sees it: counts DNS-querying terms and void lookups
 * against the limits of RFC 7208 §4.6.4 and turns exceeding them, and temporary DNS failures of
 * term lookups (§4.4, §5), into error results.
 */
export interface SpfLookups {
  readonly terms: number;
  readonly voids: number;
  /** Counts one DNS-querying term; permerror when it is the 11th. */
  chargeTerm(term: string): SpfFailure | null;
  /** A lookup made for a term: temporary failure is temperror, the third void lookup permerror. */
  query<T extends RRType>(name: string, type: T): Promise<DnsAnswer<T> | SpfFailure>;
  /** A lookup whose failure the caller handles itself and that is not a void lookup (PTR checks, exp=). */
  queryQuietly<T extends RRType>(name: string, type: T): Promise<DnsAnswer<T>>;
}

export function createSpfLookups(resolver: Resolver, trace: string[]): SpfLookups {
  let terms = 0;
  let voids = 0;
  return {
    get terms() {
      return terms;
    },
    get voids() {
      return voids;
    },
    chargeTerm(term) {
      terms += 1;
      if (terms <= SPF_LIMITS.dnsTerms) return null;
      return {
        result: 'permerror',
        reason: `'${term}' is DNS-querying term ${terms}; the limit is ${SPF_LIMITS.dnsTerms}`,
      };
    },
    async query(name, type) {
      const answer = await resolver.query(name, type);
      trace.push(
        `  ${type} ${name} → ${answer.outcome}${answer.records.length ? ` (${answer.records.length})` : ''}`,
      );
      if (isTemporary(answer.outcome))
        return { result: 'temperror', reason: `${type} ${name}: ${answer.outcome}` };
      if (!isVoid(answer.outcome)) return answer;
      voids += 1;
      if (voids <= SPF_LIMITS.voidLookups) return answer;
      return {
        result: 'permerror',
        reason: `${type} ${name} is void lookup ${voids}; the limit is ${SPF_LIMITS.voidLookups}`,
      };
    },
    async queryQuietly(name, type) {
      const answer = await resolver.query(name, type);
      trace.push(`  ${type} ${name} → ${answer.outcome}`);
      return answer;
    },
  };
}

/** Narrows a lookup outcome to its error. */
export function isFailure(value: unknown): value is SpfFailure {
  return typeof value === 'object' && value !== null && 'reason' in value && 'result' in value;
}
