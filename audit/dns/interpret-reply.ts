/**
 * What one reply says about (name, type): the records, the CNAMEs it follows, and whether the chain
 * leaves the reply so that the client must ask for the target itself.
 */
import { normalizeName } from './names';
import { toRecordData } from './record-data';
import type { DnsOutcome, RecordData, RRType } from './types';
import type { RawRecord, Reply } from './wire-message';

export interface ReplyMeaning<T extends RRType> {
  outcome: Exclude<DnsOutcome, 'timeout'>;
  records: RecordData[T][];
  /** Smallest TTL of the records and CNAMEs used, or the negative-caching TTL; null when unknown. */
  ttl: number | null;
  /** CNAME targets followed inside this reply, in order. */
  cnames: string[];
  /** Set when the reply ends at a CNAME whose target it does not answer for (out-of-zone target). */
  chase?: string;
  detail?: string;
}

/** Interprets `reply` to the question (name, type); `name` is normalized. */
export function interpretReply<T extends RRType>(reply: Reply, name: string, type: T): ReplyMeaning<T> {
  const chain = followChain(reply.answers, name, type);
  const records = chain.records.map((r) => toRecordData(type, r.data));
  const cnames = chain.cnames;
  const ttl = minTtl([...chain.records, ...chain.cnameRecords].map((r) => r.ttl));
  const negative = () => minTtl([ttl, negativeTtl(reply)]);

  if (chain.loop)
    return { outcome: 'servfail', records: [], ttl: null, cnames, detail: `CNAME loop at ${chain.end}` };
  switch (reply.rcode) {
    case 'NOERROR':
      if (records.length > 0) return { outcome: 'answer', records, ttl, cnames };
      if (cnames.length > 0 && type !== 'CNAME')
        return { outcome: 'nodata', records, ttl, cnames, chase: chain.end };
      return { outcome: 'nodata', records, ttl: negative(), cnames };
    // RFC 6604 §3: with a CNAME chain the RCODE speaks of the last name in it.
    case 'NXDOMAIN':
      return { outcome: 'nxdomain', records: [], ttl: negative(), cnames };
    case 'SERVFAIL':
      return { outcome: 'servfail', records: [], ttl: null, cnames, detail: 'SERVFAIL' };
    case 'REFUSED':
      return { outcome: 'refused', records: [], ttl: null, cnames, detail: 'REFUSED' };
    default:
      return {
        outcome: 'servfail',
        records: [],
        ttl: null,
        cnames,
        detail: `unexpected RCODE ${reply.rcode}`,
      };
  }
}

interface Chain {
  records: RawRecord[];
  cnames: string[];
  cnameRecords: RawRecord[];
  /** The last owner name reached. */
  end: string;
  loop: boolean;
}

/** RFC 1034 §4.3.2 step 3.a: from `name`, follow CNAMEs through the answer section until data of `type`. */
function followChain(answers: RawRecord[], name: string, type: RRType): Chain {
  const chain: Chain = { records: [], cnames: [], cnameRecords: [], end: name, loop: false };
  const owned = (owner: string, rrType: string) =>
    answers.filter((r) => r.type === rrType && normalizeName(r.name) === owner);
  for (;;) {
    chain.records = owned(chain.end, type);
    const cname = type === 'CNAME' ? undefined : owned(chain.end, 'CNAME')[0];
    if (chain.records.length > 0 || !cname) return chain;
    const target = normalizeName(String(cname.data));
    chain.loop = target === name || chain.cnames.includes(target);
    chain.cnames.push(target);
    chain.cnameRecords.push(cname);
    chain.end = target;
    if (chain.loop) return chain;
  }
}

/** RFC 2308 §5: a negative answer is cached for min(SOA TTL, SOA MINIMUM) of the authority's SOA. */
function negativeTtl(reply: Reply): number | null {
  const soa = reply.authorities.find((r) => r.type === 'SOA');
  if (!soa) return null;
  const minimum = (soa.data as { minimum?: number }).minimum ?? soa.ttl;
  return Math.min(soa.ttl, minimum);
}

/** The smallest known TTL, or null when none is known. */
export function minTtl(ttls: Array<number | null>): number | null {
  const known = ttls.filter((t) => t !== null);
  return known.length > 0 ? Math.min(...known) : null;
}
