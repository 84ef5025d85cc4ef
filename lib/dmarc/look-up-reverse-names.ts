import type { Resolver } from '@/audit/dns/types';
import { isVoid } from '@/audit/dns/types';
import { parseClientIp, reverseName } from '@/audit/spf/ip-address';

/** What reverse DNS said of one address: a name, certainly none, or unknown (to ask again later). */
export type ReverseDnsAnswer =
  | { status: 'name'; name: string }
  | { status: 'none'; name: null }
  | { status: 'unknown'; name: null };

export interface ReverseLookupLimits {
  /** PTR queries in flight at once. */
  concurrency: number;
  /** The whole batch's time; what has not answered by then is unknown. */
  budgetMs: number;
}

/** A report of 100,000 records may name thousands of addresses: a few at a time, a bounded wait. */
export const REVERSE_LOOKUP_LIMITS: ReverseLookupLimits = { concurrency: 8, budgetMs: 15_000 };

const UNKNOWN: ReverseDnsAnswer = { status: 'unknown', name: null };

/**
 * The PTR name (RFC 1035 §3.5) of each address, through the configured resolvers. A temporary
 * failure, or no answer within the budget, is `unknown` — never "no name" — so the next ingest asks
 * again; only NXDOMAIN/NODATA is `none`. Of several PTR records the first is kept. The name is not
 * forward-confirmed: it is shown as what the address's owner claims, and only names a provider.
 */
export async function lookUpReverseNames(
  resolver: Resolver,
  ips: readonly string[],
  limits: ReverseLookupLimits = REVERSE_LOOKUP_LIMITS,
): Promise<Map<string, ReverseDnsAnswer>> {
  const answers = new Map<string, ReverseDnsAnswer>();
  const deadline = Date.now() + limits.budgetMs;
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), limits.budgetMs);
  });
  let next = 0;
  const worker = async () => {
    while (next < ips.length && Date.now() < deadline) {
      const ip = ips[next++] as string;
      const answer = await Promise.race([lookUp(resolver, ip), outOfTime]);
      if (answer === null) return;
      answers.set(ip, answer);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(limits.concurrency, ips.length) }, worker));
  } finally {
    clearTimeout(timer);
  }
  for (const ip of ips) if (!answers.has(ip)) answers.set(ip, UNKNOWN);
  return answers;
}

async function lookUp(resolver: Resolver, ip: string): Promise<ReverseDnsAnswer> {
  const address = parseClientIp(ip);
  if (address === null) return { status: 'none', name: null };
  try {
    const answer = await resolver.query(reverseName(address), 'PTR');
    const first = answer.records[0];
    if (answer.outcome === 'answer' && first) return { status: 'name', name: first };
    return isVoid(answer.outcome) ? { status: 'none', name: null } : UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}
