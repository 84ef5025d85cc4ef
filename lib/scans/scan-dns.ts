import { createCachingResolver } from '@/audit/dns/caching-resolver';
import { createDnsClient, type DnsClientStats } from '@/audit/dns/dns-client';
import { parseServers, systemServers } from '@/audit/dns/servers';
import type { Resolver } from '@/audit/dns/types';
import type { Env } from '@/lib/env';

/** Runs whose caches a worker keeps at once; older runs' caches are dropped first. */
const CACHED_RUNS = 4;
const CACHE_ENTRIES_PER_RUN = 200_000;
/** Never trust a cached answer for longer than a run reasonably lasts. */
const CACHE_MAX_TTL_SECONDS = 3600;

export interface ScanDns {
  /** The resolver shared by all domains of one run, so a provider's `_spf` include is fetched once per run. */
  resolverFor(runId: string): Resolver;
  /** Queries sent to the network so far (cache misses), for tests and logs. */
  stats(): DnsClientStats;
  close(): void;
}

/**
 * A worker's DNS: one network client (a window of KENSA_DNS_WINDOW queries in flight over
 * KENSA_DNS_TRANSPORT, optional rate cap, a circuit breaker per server) and a cache per scan run,
 * which keeps only what other domains may share (counting-resolver.ts sends a domain's own names past it).
 */
export async function createScanDns(
  config: Pick<Env, 'KENSA_DNS_SERVERS' | 'KENSA_DNS_QPS' | 'KENSA_DNS_TIMEOUT_MS' | 'KENSA_DNS_TRIES'> &
    Partial<Pick<Env, 'KENSA_DNS_WINDOW' | 'KENSA_DNS_TRANSPORT'>>,
): Promise<ScanDns> {
  const setting = config.KENSA_DNS_SERVERS?.trim();
  const parsed = setting ? parseServers(setting) : { ok: true as const, servers: await systemServers() };
  if (!parsed.ok) throw new Error(`KENSA_DNS_SERVERS: ${parsed.error}`);
  const client = createDnsClient({
    servers: parsed.servers,
    timeoutMs: config.KENSA_DNS_TIMEOUT_MS,
    tries: config.KENSA_DNS_TRIES,
    ...(config.KENSA_DNS_WINDOW === undefined ? {} : { maxInFlight: config.KENSA_DNS_WINDOW }),
    ...(config.KENSA_DNS_TRANSPORT === undefined ? {} : { transport: config.KENSA_DNS_TRANSPORT }),
    ...(config.KENSA_DNS_QPS > 0 ? { maxPerSecond: config.KENSA_DNS_QPS } : {}),
  });
  const caches = new Map<string, Resolver>();
  return {
    resolverFor(runId) {
      let cache = caches.get(runId);
      if (cache) {
        caches.delete(runId); // re-insert: Map order is our least-recently-used order
      } else {
        cache = createCachingResolver(client, {
          maxEntries: CACHE_ENTRIES_PER_RUN,
          maxTtlSeconds: CACHE_MAX_TTL_SECONDS,
        });
      }
      caches.set(runId, cache);
      for (const oldest of caches.keys()) {
        if (caches.size <= CACHED_RUNS) break;
        caches.delete(oldest);
      }
      return cache;
    },
    stats: () => client.stats(),
    close: () => client.close(),
  };
}
