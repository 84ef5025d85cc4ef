import type { DnsAnswer, DnsOutcome, RecordData, Resolver, RRType } from './types';

/** What a name holds in an in-memory zone: records per type, or a forced failure for that type. */
export type MemoryRecords = {
  [T in RRType]?: RecordData[T][] | 'timeout' | 'servfail' | 'refused';
} & {
  /** Alias: every query for this name follows to the target (RFC 1034 §3.6.2). */
  CNAME?: string;
  /** Every query for this name fails this way, whatever the type. */
  fail?: 'timeout' | 'servfail' | 'refused';
};

export type MemoryZone = Record<string, MemoryRecords>;

const MAX_CNAME_CHAIN = 8;

/**
 * A resolver answering from a plain object: for unit tests and the OpenSPF suites, so parsers and
 * checks are tested without a network. Names are case-insensitive; a name present in the zone with
 * no record of the asked type answers NODATA, as does an empty non-terminal (a name with
 * descendants), anything else NXDOMAIN — the distinction RFC 8020 relies on.
 */
export function createMemoryResolver(zone: MemoryZone): Resolver {
  const names = new Map(Object.entries(zone).map(([name, records]) => [normalize(name), records]));
  const hasDescendant = (name: string) => [...names.keys()].some((n) => n.endsWith(`.${name}`));

  return {
    async query<T extends RRType>(asked: string, type: T): Promise<DnsAnswer<T>> {
      const cnames: string[] = [];
      let name = normalize(asked);
      for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
        const entry = names.get(name);
        const done = (outcome: DnsOutcome, records: RecordData[T][] = []): DnsAnswer<T> => ({
          name: normalize(asked),
          type,
          outcome,
          records,
          ttl: outcome === 'answer' || outcome === 'nxdomain' || outcome === 'nodata' ? 300 : null,
          cnames,
        });
        if (!entry) return done(hasDescendant(name) ? 'nodata' : 'nxdomain');
        if (entry.fail) return done(entry.fail);
        if (entry.CNAME && type !== 'CNAME') {
          name = normalize(entry.CNAME);
          cnames.push(name);
          continue;
        }
        const data = entry[type] as RecordData[T][] | 'timeout' | 'servfail' | 'refused' | undefined;
        if (typeof data === 'string') return done(data);
        if (type === 'CNAME' && entry.CNAME) return done('answer', [normalize(entry.CNAME) as RecordData[T]]);
        return data && data.length > 0 ? done('answer', data) : done('nodata');
      }
      return {
        name: normalize(asked),
        type,
        outcome: 'servfail',
        records: [],
        ttl: null,
        cnames,
        detail: 'CNAME chain too long',
      };
    },
  };
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}
