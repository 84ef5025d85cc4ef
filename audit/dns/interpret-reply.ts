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
  const records: RecordData[T][] = [];
  let ttl: number | null = null;
  for (const record of chain.records) {
    records.push(toRecordData(type, record.data));
    ttl = smallerTtl(ttl, record.ttl);
  }
  for (const record of chain.cnameRecords) ttl = smallerTtl(ttl, record.ttl);
  const cnames = chain.cnames;

  if (chain.loop)
    return { outcome: 'servfail', records: [], ttl: null, cnames, detail: `CNAME loop at ${chain.end}` };
  switch (reply.rcode) {
    case 'NOERROR':
      if (records.length > 0) return { outcome: 'answer', records, ttl, cnames };
      if (cnames.length > 0 && type !== 'CNAME')
        return { outcome: 'nodata', records, ttl, cnames, chase: chain.end };
      return { outcome: 'nodata', records, ttl: smallerTtl(ttl, negativeTtl(reply)), cnames };
    // RFC 6604 §3: with a CNAME chain the RCODE speaks of the last name in it.
    case 'NXDOMAIN':
      return { outcome: 'nxdomain', records: [], ttl: smallerTtl(ttl, negativeTtl(reply)), cnames };
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
  for (;;) {
    chain.records = recordsOf(answers, chain.end, type);
    const cname = type === 'CNAME' ? undefined : firstOf(answers, chain.end, 'CNAME');
    if (chain.records.length > 0 || !cname) return chain;
    const target = normalizeName(String(cname.data));
    chain.loop = target === name || chain.cnames.includes(target);
    chain.cnames.push(target);
    chain.cnameRecords.push(cname);
    chain.end = target;
    if (chain.loop) return chain;
  }
}

/** The records of `owner` and `type` in `answers` (a plain loop: this runs for every reply). */
function recordsOf(answers: RawRecord[], owner: string, type: string): RawRecord[] {
  const found: RawRecord[] = [];
  for (const record of answers)
    if (record.type === type && normalizeName(record.name) === owner) found.push(record);
  return found;
}

function firstOf(answers: RawRecord[], owner: string, type: string): RawRecord | undefined {
  for (const record of answers)
    if (record.type === type && normalizeName(record.name) === owner) return record;
  return undefined;
}

/** RFC 2308 §5: a negative answer is cached for min(SOA TTL, SOA MINIMUM) of the authority's SOA. */
function negativeTtl(reply: Reply): number | null {
  const soa = reply.authorities.find((r) => r.type === 'SOA');
  if (!soa) return null;
  const minimum = (soa.data as { minimum?: number }).minimum ?? soa.ttl;
  return Math.min(soa.ttl, minimum);
}

/** The smaller of two TTLs, either of which may be unknown (null). */
export function smallerTtl(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}
