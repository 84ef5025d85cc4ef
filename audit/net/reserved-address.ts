import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** Why an address is not a public one; the words appear in a refused webhook delivery's or HTTPS fetch's error. */
export type ReservedKind =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared (carrier-grade NAT)'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'reserved';

type Range = [kind: ReservedKind, network: string, prefix: number];

// IANA's IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890): every block that is not
// globally reachable, or that a webhook or an audited domain's HTTPS host has no business pointing at.
const IPV4: Range[] = [
  ['unspecified', '0.0.0.0', 8], // RFC 791 "this network"
  ['private', '10.0.0.0', 8], // RFC 1918
  ['shared (carrier-grade NAT)', '100.64.0.0', 10], // RFC 6598
  ['loopback', '127.0.0.0', 8], // RFC 1122 §3.2.1.3
  ['link-local', '169.254.0.0', 16], // RFC 3927; cloud metadata services live at 169.254.169.254
  ['private', '172.16.0.0', 12], // RFC 1918
  ['reserved', '192.0.0.0', 24], // RFC 6890 IETF protocol assignments
  ['reserved', '192.0.2.0', 24], // RFC 5737 documentation
  ['reserved', '192.88.99.0', 24], // RFC 7526 6to4 relays (deprecated)
  ['private', '192.168.0.0', 16], // RFC 1918
  ['reserved', '198.18.0.0', 15], // RFC 2544 benchmarking
  ['reserved', '198.51.100.0', 24], // RFC 5737
  ['reserved', '203.0.113.0', 24], // RFC 5737
  ['multicast', '224.0.0.0', 4], // RFC 5771
  ['reserved', '240.0.0.0', 4], // RFC 1112 §4, with 255.255.255.255 (RFC 919)
];

const IPV6: Range[] = [
  ['unspecified', '::', 128], // RFC 4291 §2.5.2
  ['loopback', '::1', 128], // RFC 4291 §2.5.3
  ['unique-local', 'fc00::', 7], // RFC 4193
  ['link-local', 'fe80::', 10], // RFC 4291 §2.5.6
  ['multicast', 'ff00::', 8], // RFC 4291 §2.7
  // Inside global unicast (2000::/3): protocol assignments with Teredo (RFC 2928, 4380),
  // documentation (RFC 3849, RFC 9637) and 6to4, whose embedded IPv4 may be anything (RFC 3056).
  ['reserved', '2001::', 23],
  ['reserved', '2001:db8::', 32],
  ['reserved', '2002::', 16],
  ['reserved', '3fff::', 20],
];

function blockListOf(ranges: Range[], family: 'ipv4' | 'ipv6'): Array<[ReservedKind, BlockList]> {
  return ranges.map(([kind, network, prefix]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return [kind, list];
  });
}

const V4_LISTS = blockListOf(IPV4, 'ipv4');
const V6_LISTS = blockListOf(IPV6, 'ipv6');
const GLOBAL_UNICAST = new BlockList();
GLOBAL_UNICAST.addSubnet('2000::', 3, 'ipv6');

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d, RFC 4291 §2.5.5.2) as its IPv4 address, else null. */
export function unmappedIpv4(address: string): string | null {
  if (!isIPv6(address)) return null;
  // The URL parser writes every spelling in one canonical form (RFC 5952): ::ffff:7f00:1.
  const canonical = new URL(`http://[${address}]`).hostname.slice(1, -1);
  const match = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!match) return null;
  const [high, low] = [Number.parseInt(match[1] ?? '', 16), Number.parseInt(match[2] ?? '', 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * The kind of reserved address `address` is, or null for a public unicast address. An IPv4-mapped
 * IPv6 address is judged as its IPv4 address; any IPv6 address outside global unicast (2000::/3,
 * RFC 4291 §2.4) is reserved, which covers NAT64, discard and deprecated forms too.
 */
export function reservedAddressKind(address: string): ReservedKind | null {
  const ipv4 = isIPv4(address) ? address : unmappedIpv4(address);
  if (ipv4) return V4_LISTS.find(([, list]) => list.check(ipv4, 'ipv4'))?.[0] ?? null;
  if (!isIPv6(address)) return 'reserved';
  const kind = V6_LISTS.find(([, list]) => list.check(address, 'ipv6'))?.[0];
  if (kind) return kind;
  return GLOBAL_UNICAST.check(address, 'ipv6') ? null : 'reserved';
}
