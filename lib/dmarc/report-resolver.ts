import type { Resolver } from '@/audit/dns/types';
import { env } from '@/lib/env';
import { createScanDns, type ScanDns } from '@/lib/scans/scan-dns';

const processGlobal = globalThis as typeof globalThis & { kensaDmarcDns?: Promise<ScanDns> };

/** The cache name within the scan DNS: reverse names are shared by every report of the process. */
const CACHE = 'dmarc-reports';

/**
 * The resolver that looks up report sources' reverse DNS in a web or worker process: the audit
 * engine's own DNS client (KENSA_DNS_SERVERS, its timeouts, window and circuit breaker), made once
 * per process on first use.
 */
export async function reportResolver(): Promise<Resolver> {
  processGlobal.kensaDmarcDns ??= createScanDns(env());
  return (await processGlobal.kensaDmarcDns).resolverFor(CACHE);
}
