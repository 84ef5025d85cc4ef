import { createCachingResolver } from '../audit/dns/caching-resolver';
import { createDnsClient, type DnsClient, type DnsClientOptions } from '../audit/dns/dns-client';
import { parseServers, systemServers } from '../audit/dns/servers';
import type { Resolver } from '../audit/dns/types';
import { UsageError } from './usage-error';

export interface DnsFlags {
  dns?: string | undefined;
  /** Milliseconds per try. */
  timeout?: string | undefined;
  tries?: string | undefined;
}

/** The options every DNS-using command takes (node:util parseArgs form). */
export const DNS_OPTIONS = {
  dns: { type: 'string' },
  timeout: { type: 'string' },
  tries: { type: 'string' },
} as const;

export function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 60_000) {
    throw new UsageError(`${flag} must be a whole number from 1 to 60000`);
  }
  return number;
}

/**
 * The CLI's DNS: the servers from --dns (else KENSA_DNS_SERVERS, else /etc/resolv.conf), with one
 * cache for the whole invocation, as a scan run has.
 */
export async function cliResolver(flags: DnsFlags): Promise<{ resolver: Resolver; client: DnsClient }> {
  const client = createDnsClient(await cliDnsOptions(flags));
  return { client, resolver: createCachingResolver(client, { maxEntries: 50_000, maxTtlSeconds: 3600 }) };
}

/** The DNS client options of --dns, --timeout and --tries. */
export async function cliDnsOptions(flags: DnsFlags): Promise<DnsClientOptions> {
  const setting = flags.dns ?? process.env.KENSA_DNS_SERVERS;
  const parsed = setting?.trim()
    ? parseServers(setting)
    : { ok: true as const, servers: await systemServers() };
  if (!parsed.ok) throw new UsageError(`--dns: ${parsed.error}`);
  return {
    servers: parsed.servers,
    timeoutMs: positiveInteger('--timeout', flags.timeout, 2000),
    tries: positiveInteger('--tries', flags.tries, 3),
  };
}
