/**
 * The resolver one audit uses: counts the logical queries it asks, whether a cache answers them or
 * the network does, so each domain's report can say what it cost; asks each (name, type) once per
 * audit (SPF and Sender ID read the same TXT answer); and keeps names at or below the audited
 * domain out of the run-wide cache (`Resolver.uncached`), which holds only what other domains may
 * share — a provider's `_spf` include, its MX hosts — so a run's cache does not grow with its domains.
 */
import { normalizeName } from './names';
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
  /** Whether some query failed because the resolver itself was unreachable (DnsAnswer.unreachable). */
  sawUnreachable(): boolean;
}

export function createCountingResolver(inner: Resolver, ownDomain?: string): CountingResolver {
  let asked = 0;
  let unreachable = false;
  const entries: QueryLogEntry[] = [];
  const asking = new Map<string, Promise<DnsAnswer>>();
  const own = inner.uncached && ownDomain !== undefined ? inner.uncached : undefined;
  const suffix = `.${ownDomain}`;

  const ask = (name: string, type: RRType): Promise<DnsAnswer> => {
    const normalized = normalizeName(name);
    const key = `${normalized} ${type}`;
    let answer = asking.get(key);
    if (!answer) {
      const isOwn = own && (normalized === ownDomain || normalized.endsWith(suffix));
      answer = (isOwn ? own : inner).query(name, type);
      asking.set(key, answer);
    }
    return answer;
  };

  return {
    resolver: {
      query<T extends RRType>(name: string, type: T): Promise<DnsAnswer<T>> {
        asked++;
        return ask(name, type).then((answer) => {
          if (answer.unreachable) unreachable = true;
          entries.push({ name: answer.name, type, outcome: answer.outcome });
          return answer as DnsAnswer<T>;
        });
      },
    },
    count: () => asked,
    log: () => [...entries],
    sawUnreachable: () => unreachable,
  };
}
