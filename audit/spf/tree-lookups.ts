import type { TemporaryFailure } from '../dns/types';
import { type DnsAnswer, isTemporary, isVoid, type Resolver, type RRType } from '../dns/types';

/** The DNS as the audit's tree walk uses it: temporary failures are collected, not fatal. */
export interface TreeDns {
  resolver: Resolver;
  temporaryFailures: TemporaryFailure[];
}

/** One lookup; null (and a recorded temporary failure) when its answer is unknown. */
export async function lookup<T extends RRType>(
  dns: TreeDns,
  name: string,
  type: T,
): Promise<DnsAnswer<T> | null> {
  const answer = await dns.resolver.query(name, type);
  if (!isTemporary(answer.outcome)) return answer;
  const known = dns.temporaryFailures.some((f) => f.name === answer.name && f.type === type);
  if (!known) dns.temporaryFailures.push({ name: answer.name, type, outcome: answer.outcome });
  return null;
}

/**
 * Whether a name certainly has no address of either family, i.e. an a/mx target that can match
 * no client (a void lookup, RFC 7208 §4.6.4). False when unknown.
 */
export async function hasNoAddress(dns: TreeDns, name: string): Promise<boolean> {
  const a = await lookup(dns, name, 'A');
  if (a === null || !isVoid(a.outcome)) return false;
  const aaaa = await lookup(dns, name, 'AAAA');
  return aaaa !== null && isVoid(aaaa.outcome);
}
