import { isTemporary } from '../dns/types';
import { type IpAddress, inNetwork, parseAddressRecord, reverseName } from './ip-address';
import { SPF_LIMITS, type SpfLookups } from './lookup-limits';

/**
 * The validated domain names of the client (RFC 7208 §5.5): the names its PTR records give whose
 * A/AAAA records lead back to it. Only the first 10 PTR names are considered (§4.6.4); a DNS
 * error on the PTR lookup yields no names and one on an address lookup skips that name. `wanted`
 * filters names before their addresses are looked up.
 */
export async function validatedNames(
  dns: SpfLookups,
  ip: IpAddress,
  wanted: (name: string) => boolean = () => true,
): Promise<string[]> {
  const ptr = await dns.queryQuietly(reverseName(ip), 'PTR');
  if (ptr.outcome !== 'answer') return [];
  const names = ptr.records
    .slice(0, SPF_LIMITS.ptrNames)
    .map((name) => name.replace(/\.$/, '').toLowerCase());
  const validated: string[] = [];
  for (const name of names.filter(wanted)) {
    const answer = await dns.queryQuietly(name, ip.version === 4 ? 'A' : 'AAAA');
    if (isTemporary(answer.outcome)) continue;
    const addresses = answer.records.map((text) => parseAddressRecord(text, ip.version));
    if (addresses.some((address) => address && inNetwork(address, ip.bytes, ip.bytes.length * 8)))
      validated.push(name);
  }
  return validated;
}

/** True when `name` is `domain` or one of its subdomains, ignoring case. */
export function isWithin(name: string, domain: string): boolean {
  const n = name.toLowerCase();
  const d = domain.toLowerCase().replace(/\.$/, '');
  return n === d || n.endsWith(`.${d}`);
}

/**
 * The %{p} value (RFC 7208 §7.3): the validated name equal to the domain, else one within it,
 * else any; "unknown" when there is none.
 */
export async function validatedNameFor(dns: SpfLookups, ip: IpAddress, domain: string): Promise<string> {
  const names = await validatedNames(dns, ip);
  const d = domain.toLowerCase();
  return names.find((n) => n === d) ?? names.find((n) => isWithin(n, d)) ?? names[0] ?? 'unknown';
}
