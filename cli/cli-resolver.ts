import { createCachingResolver } from '../audit/dns/caching-resolver';
import { createDnsClient, type DnsClient } from '../audit/dns/dns-client';
import { parseServers, systemServers } from '../audit/dns/servers';
import type { Resolver } from '../audit/dns/types';
import { UsageError } from './usage-error';

/**
 * The CLI's DNS: the servers from --dns (else KENSA_DNS_SERVERS, else /etc/resolv.conf), with one
 * cache for the whole invocation, as a scan run has.
 */
export async function cliResolver(
  dnsFlag: string | undefined,
): Promise<{ resolver: Resolver; client: DnsClient }> {
  const setting = dnsFlag ?? process.env.KENSA_DNS_SERVERS;
  const parsed = setting?.trim()
    ? parseServers(setting)
    : { ok: true as const, servers: await systemServers() };
  if (!parsed.ok) throw new UsageError(`--dns: ${parsed.error}`);
  const client = createDnsClient({ servers: parsed.servers });
  return { client, resolver: createCachingResolver(client, { maxEntries: 50_000, maxTtlSeconds: 3600 }) };
}
