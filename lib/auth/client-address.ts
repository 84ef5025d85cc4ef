import { isIP } from 'node:net';

/**
 * The address of the client that made a request, from its X-Forwarded-For, or null.
 *
 * `next start` puts the connection's address in X-Forwarded-For only when the request carries none,
 * so the right-most entry is the connection's address unless the client wrote the header itself.
 * Each trusted reverse proxy (KENSA_TRUSTED_PROXIES) appends the address it was reached from, so
 * with N proxies the N-th entry from the right is the client, and entries left of it are the
 * client's own words. With no proxy a client can name any address; see README.
 */
export function clientAddressFrom(forwardedFor: string | null, trustedProxies: number): string | null {
  if (!forwardedFor) return null;
  const entries = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[Math.max(0, entries.length - 1 - Math.max(0, trustedProxies - 1))];
  return entry ? normalizeAddress(entry) : null;
}

/** A plain IPv4 or IPv6 address ("::ffff:192.0.2.1" as 192.0.2.1, brackets and zone dropped), or null. */
function normalizeAddress(entry: string): string | null {
  const bare = entry.replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  const address = mapped ?? bare;
  if (isIP(address) === 4) return address;
  if (isIP(address) === 6) return address.toLowerCase();
  // "192.0.2.1:1234": IPv4 with a port, as some proxies write it.
  const v4 = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(address)?.[1];
  return v4 && isIP(v4) === 4 ? v4 : null;
}
