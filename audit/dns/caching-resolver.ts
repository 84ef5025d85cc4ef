/**
 * One cache for a whole scan run, so that what many domains share (a provider's `_spf` include, its MX
 * hosts) is fetched once. Definite outcomes (answer, NXDOMAIN, NODATA) are kept for min(TTL,
 * maxTtlSeconds) (RFC 2308 §5 for the negative ones); temporary ones are never kept, so a later ask
 * tries again. Identical queries in flight share one inner query. The least recently used entry goes
 * first when the cache is full. Answers keep their original TTL, as the zone publishes it.
 */
import { normalizeName } from './names';
import { type DnsAnswer, isTemporary, type Resolver, type RRType } from './types';

export interface CachingOptions {
  maxEntries: number;
  maxTtlSeconds: number;
  /** Milliseconds clock; tests pass their own. */
  now?: () => number;
}

interface Entry {
  answer: DnsAnswer;
  expiresAt: number;
}

export function createCachingResolver(inner: Resolver, options: CachingOptions): Resolver {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<DnsAnswer>>();

  const remember = (key: string, answer: DnsAnswer) => {
    const seconds = Math.min(answer.ttl ?? 0, options.maxTtlSeconds);
    if (isTemporary(answer.outcome) || seconds <= 0 || options.maxEntries < 1) return;
    entries.set(key, { answer, expiresAt: now() + seconds * 1000 });
    if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
  };

  const lookUp = (key: string): DnsAnswer | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key);
    if (entry.expiresAt <= now()) return undefined;
    // Re-inserting moves the entry to the end of the Map's order: the most recently used.
    entries.set(key, entry);
    return entry.answer;
  };

  return {
    uncached: inner,
    query<T extends RRType>(name: string, type: T): Promise<DnsAnswer<T>> {
      const key = `${normalizeName(name)} ${type}`;
      const cached = lookUp(key) ?? inFlight.get(key);
      if (cached) return Promise.resolve(cached as DnsAnswer<T>);
      const pending = inner
        .query(name, type)
        .then((answer) => {
          remember(key, answer);
          return answer;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
      return pending;
    },
  };
}
