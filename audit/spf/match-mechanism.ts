import { type Evaluation, expandTarget } from './evaluation';
import { inNetwork, parseAddressRecord } from './ip-address';
import { isFailure, SPF_LIMITS } from './lookup-limits';
import { isWithin, validatedNames } from './ptr-names';
import type { SpfFailure, SpfMechanism } from './spf-types';

type Match = boolean | SpfFailure;

/**
 * Whether a mechanism matches the client (RFC 7208 §5). DNS-querying ones are
 * counted first (§4.6.4); a target from which no DNS query can be composed does not match.
 */
export async function matchMechanism(
  ev: Evaluation,
  mechanism: SpfMechanism,
  domain: string,
): Promise<Match> {
  const { kind, network } = mechanism;
  if (kind === 'all') return true;
  if (kind === 'ip4' || kind === 'ip6') {
    // §5.6: ip4 matches IPv4 clients only, ip6 IPv6 clients only.
    const prefix = kind === 'ip4' ? mechanism.cidr4 : mechanism.cidr6;
    return network !== null && inNetwork(ev.ip.bytes, network, prefix);
  }
  const charged = ev.dns.chargeTerm(mechanism.text);
  if (charged) return charged;
  const target = await expandTarget(ev, mechanism.domainSpec, domain);
  if (isFailure(target)) return target;
  // §5.2: an include target that is no domain makes the recursive check_host() "none": permerror.
  if (target === null)
    return kind === 'include'
      ? { result: 'permerror', reason: `'${mechanism.text}': invalid target` }
      : false;
  switch (kind) {
    case 'a':
      return matchAddresses(ev, target, mechanism);
    case 'mx':
      return matchMx(ev, target, mechanism);
    case 'ptr':
      // §5.5: a validated name equal to the target or within it.
      return (await validatedNames(ev.dns, ev.ip, (name) => isWithin(name, target))).length > 0;
    case 'exists': {
      // §5.7: an A query whatever the client's address family.
      const answer = await ev.dns.query(target, 'A');
      return isFailure(answer) ? answer : answer.records.length > 0;
    }
    case 'include':
      return ev.include(target);
  }
}

// §5.3: any A (IPv4 client) or AAAA (IPv6 client) record of the name within the CIDR length.
async function matchAddresses(ev: Evaluation, name: string, mechanism: SpfMechanism): Promise<Match> {
  const answer = await ev.dns.query(name, ev.ip.version === 4 ? 'A' : 'AAAA');
  if (isFailure(answer)) return answer;
  const prefix = ev.ip.version === 4 ? mechanism.cidr4 : mechanism.cidr6;
  return answer.records.some((text) => {
    const address = parseAddressRecord(text, ev.ip.version);
    return address !== null && inNetwork(ev.ip.bytes, address, prefix);
  });
}

// §5.4: the addresses of each MX host; more than 10 MX names is a permerror (§4.6.4).
async function matchMx(ev: Evaluation, name: string, mechanism: SpfMechanism): Promise<Match> {
  const answer = await ev.dns.query(name, 'MX');
  if (isFailure(answer)) return answer;
  if (answer.records.length > SPF_LIMITS.mxNames) {
    const reason = `'${mechanism.text}': ${name} has ${answer.records.length} MX records; the limit is ${SPF_LIMITS.mxNames}`;
    return { result: 'permerror', reason };
  }
  const hosts = [...answer.records].sort((x, y) => x.preference - y.preference).map((mx) => mx.exchange);
  // A Null MX (RFC 7505) names no host.
  for (const host of hosts.filter((h) => h !== '')) {
    const matched = await matchAddresses(ev, host, mechanism);
    if (matched !== false) return matched;
  }
  return false;
}
