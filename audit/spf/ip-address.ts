/** An IP address as network-order bytes: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  version: 4 | 6;
  bytes: Uint8Array;
}

// RFC 7208 §12 qnum: 0-255 without leading zeros.
const QNUM = /^(?:0|[1-9]\d{0,2})$/;

/** Parses an RFC 7208 §12 ip4-network (dotted quad, no leading zeros); null when invalid. */
export function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    if (!QNUM.test(part) || Number(part) > 255) return null;
    bytes[i] = Number(part);
  }
  return bytes;
}

/** Parses an RFC 4291 §2.2 text address (with "::" and an embedded IPv4 tail); null when invalid. */
export function parseIpv6(text: string): Uint8Array | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = groups(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? groups(halves[1] ?? '', true) : [];
  if (head === null || tail === null) return null;
  const words = [...head, ...tail];
  if (halves.length === 1 ? words.length !== 8 : words.length > 7) return null;
  const all = [...head, ...new Array<number>(8 - words.length).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [i, word] of all.entries()) {
    bytes[i * 2] = word >> 8;
    bytes[i * 2 + 1] = word & 0xff;
  }
  return bytes;
}

// One side of "::": hex groups of 1-4 digits; on the final side the last may be a dotted quad (two words).
function groups(side: string, final: boolean): number[] | null {
  if (side === '') return [];
  const parts = side.split(':');
  const words: number[] = [];
  for (const [i, part] of parts.entries()) {
    if (final && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (!v4) return null;
      words.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      words.push(Number.parseInt(part, 16));
    } else {
      return null;
    }
  }
  return words;
}

/**
 * Parses the SMTP client address. An IPv4-mapped IPv6 address is the IPv4 address it carries
 * (RFC 7208 §5: it "MUST still be considered an IPv4 address").
 */
export function parseClientIp(text: string): IpAddress | null {
  const v4 = parseIpv4(text);
  if (v4) return { version: 4, bytes: v4 };
  const v6 = parseIpv6(text);
  if (!v6) return null;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? { version: 4, bytes: v6.slice(12) } : { version: 6, bytes: v6 };
}

/** True when the first `prefix` bits of both addresses agree (same length required). */
export function inNetwork(address: Uint8Array, network: Uint8Array, prefix: number): boolean {
  if (address.length !== network.length) return false;
  for (let bit = 0; bit < prefix; bit += 8) {
    const mask = prefix - bit >= 8 ? 0xff : (0xff << (8 - (prefix - bit))) & 0xff;
    if (((address[bit / 8] ?? 0) & mask) !== ((network[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

/** The address as readable text (the %{c} macro): dotted quad, or RFC 5952 compressed lower-case IPv6. */
export function formatIp(ip: IpAddress): string {
  if (ip.version === 4) return [...ip.bytes].join('.');
  const words = Array.from(
    { length: 8 },
    (_, i) => ((ip.bytes[i * 2] ?? 0) << 8) | (ip.bytes[i * 2 + 1] ?? 0),
  );
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (best.start < 0) return hex.join(':');
  const left = hex.slice(0, best.start).join(':');
  const right = hex.slice(best.start + best.length).join(':');
  return `${left}::${right}`;
}

/**
 * The address in dot-format (the %{i} macro, RFC 7208 §7.3): dotted quad, or 32 dot-separated
 * nibbles for IPv6. Nibbles are upper-case, as the OpenSPF suite expects in explanation text.
 */
export function dottedIp(ip: IpAddress): string {
  if (ip.version === 4) return [...ip.bytes].join('.');
  return [...ip.bytes]
    .flatMap((b) => [b >> 4, b & 0xf])
    .map((n) => n.toString(16).toUpperCase())
    .join('.');
}

/** The in-addr.arpa / ip6.arpa name queried for PTR records (RFC 7208 §5.5). */
export function reverseName(ip: IpAddress): string {
  const labels = dottedIp(ip).split('.').reverse().join('.');
  return `${labels}.${ip.version === 4 ? 'in-addr' : 'ip6'}.arpa`;
}

/** Parses an A or AAAA record's text into an address of that family; null when it is not one. */
export function parseAddressRecord(text: string, version: 4 | 6): Uint8Array | null {
  return version === 4 ? parseIpv4(text) : parseIpv6(text);
}
