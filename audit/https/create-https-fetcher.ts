import type { Resolver } from '../dns/types';
import { fetchFromAddress } from './fetch-from-address';
import { resolveFetchAddresses } from './resolve-fetch-address';
import type { HttpsFetcher, HttpsOutcome, HttpsRequest } from './types';

/**
 * Addresses tried per fetch. The A and AAAA sets are the audited domain's to write: thousands of
 * unreachable addresses would each get a connection attempt, Kensa knocking on hosts of the domain's
 * choosing. Eight is more than a CDN's A and AAAA answers together; all of them are still checked.
 */
const MAX_ADDRESSES_TRIED = 8;

export interface HttpsFetcherOptions {
  /** Port connected to (default 443); tests use a loopback server's. */
  port?: number;
  /** Trusted CA certificates in PEM; default: Node's bundled and system CAs. */
  ca?: string | string[];
  /** Whole fetch, connection to last byte (default 10 s): a slow server is unknown, never "missing". */
  timeoutMs?: number;
  /** Addresses exempt from the non-public refusal; default none (tests allow loopback). */
  allowAddress?: (address: string) => boolean;
}

/**
 * The one HTTPS client of the audits: connects only to the addresses the audited DNS gives for the
 * URL's host (refusing non-public ones), sends and verifies that name (SNI, certificate), follows
 * no redirect (RFC 8461 §3.3), reads at most `maxBytes`, and gives up after `timeoutMs` in all.
 * The addresses (A, then AAAA; the first MAX_ADDRESSES_TRIED) are tried in order while a connection
 * cannot be made, as a browser would: a host whose first address is down is still reached through the next.
 */
export function createHttpsFetcher(options: HttpsFetcherOptions = {}): HttpsFetcher {
  const settings = { port: 443, timeoutMs: 10_000, allowAddress: () => false, ...options };
  return {
    async get(target: HttpsRequest, resolver: Resolver): Promise<HttpsOutcome> {
      const deadline = Date.now() + settings.timeoutMs;
      const choice = await resolveFetchAddresses(target.host, resolver, settings.allowAddress);
      if (choice.outcome !== 'addresses') return choice;
      const refused: string[] = [];
      const addresses = choice.addresses.slice(0, MAX_ADDRESSES_TRIED);
      for (const [index, address] of addresses.entries()) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) break;
        // Each address left gets an equal share of the time to connect; once connected, all of it.
        const attempt = await fetchFromAddress(address, target, {
          ...settings,
          connectTimeoutMs: remaining / (addresses.length - index),
          timeoutMs: remaining,
          limitMs: settings.timeoutMs,
        });
        if (attempt.outcome !== 'unreachable') return attempt;
        refused.push(attempt.detail);
      }
      return {
        outcome: 'temporary',
        detail: refused.length > 0 ? refused.join('; ') : `no answer within ${settings.timeoutMs} ms`,
        dns: [],
      };
    },
  };
}
