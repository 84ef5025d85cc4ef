/**
 * Counts the logical queries one audit asks, whether the cache below answers them or the network does,
 * so each domain's report can say what it cost. Wrap the shared (caching) resolver once per domain.
 */
import type { DnsAnswer, DnsOutcome, Resolver, RRType } from './types';

export interface QueryLogEntry {
  name: string;
  type: RRType;
  outcome: DnsOutcome;
}

export interface CountingResolver {
  resolver: Resolver;
  /** Queries asked so far, including those still waiting for an answer. */
  count(): number;
  /** Answered queries in the order their answers came. */
  log(): QueryLogEntry[];
}

export function createCountingResolver(inner: Resolver): CountingResolver {
  let asked = 0;
  const entries: QueryLogEntry[] = [];
  return {
    resolver: {
      async query<T extends RRType>(name: string, type: T): Promise<DnsAnswer<T>> {
        asked++;
        const answer = await inner.query(name, type);
        entries.push({ name: answer.name, type, outcome: answer.outcome });
        return answer;
      },
    },
    count: () => asked,
    log: () => [...entries],
  };
}
