import type { DnsAnswer, RecordData, Resolver, RRType } from '../../dns/types';

/**
 * Wraps a resolver so that `*.<parent>` TXT answers every name below `parent` that does not exist
 * (RFC 4592 synthesis, simplified): the memory resolver has no wildcards of its own.
 */
export function withWildcardTxt(inner: Resolver, parent: string, txt: string[][]): Resolver {
  return {
    async query<T extends RRType>(name: string, type: T): Promise<DnsAnswer<T>> {
      const answer = await inner.query(name, type);
      if (answer.outcome !== 'nxdomain' || !answer.name.endsWith(`.${parent}`)) return answer;
      const records = type === 'TXT' ? (txt as RecordData[T][]) : [];
      return { ...answer, outcome: records.length > 0 ? 'answer' : 'nodata', records };
    },
  };
}
