/**
 * Which DNS servers to ask: parsed from a "host[:port],…" list or read from /etc/resolv.conf.
 */
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';

export interface ServerAddress {
  /** An IPv4 or IPv6 address (IPv6 in its canonical compressed form, without brackets). */
  host: string;
  port: number;
}

export type ParsedServers = { ok: true; servers: ServerAddress[] } | { ok: false; error: string };

const DNS_PORT = 53;

/** "127.0.0.1:5391,[::1]:53,10.0.0.1,::1" → addresses; the port defaults to 53. */
export function parseServers(text: string): ParsedServers {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return { ok: false, error: 'no DNS server given' };
  const servers: ServerAddress[] = [];
  for (const item of items) {
    const server = parseServer(item);
    if (typeof server === 'string') return { ok: false, error: `bad DNS server "${item}": ${server}` };
    servers.push(server);
  }
  return { ok: true, servers };
}

/** The nameservers of /etc/resolv.conf (resolv.conf(5)), or 127.0.0.1:53 when it names none. */
export async function systemServers(path = '/etc/resolv.conf'): Promise<ServerAddress[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const servers = text
    .split('\n')
    .map((line) => /^\s*nameserver\s+(\S+)/.exec(line)?.[1])
    .filter((host) => host !== undefined)
    // A link-local zone index ("fe80::1%eth0") is not part of the address.
    .map((host) => parseServer(host.replace(/%.*$/, '')))
    .filter((server) => typeof server !== 'string');
  return servers.length > 0 ? servers : [{ host: '127.0.0.1', port: DNS_PORT }];
}

/** "host:port" for messages, with IPv6 in brackets. */
export function formatServer(server: ServerAddress): string {
  return server.host.includes(':') ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
}

/** One address, or why it is not one. */
function parseServer(item: string): ServerAddress | string {
  const { host, port, bracketed } = splitHostPort(item);
  const family = isIP(host);
  if (family === 0) return 'not an IP address (host names are not resolved)';
  if (bracketed && family !== 6) return 'brackets are only for IPv6 addresses';
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return 'the port must be a number';
  const portNumber = port === undefined ? DNS_PORT : Number(port);
  if (portNumber < 1 || portNumber > 65535) return 'the port must be 1-65535';
  return { host: family === 6 ? canonicalIpv6(host) : host, port: portNumber };
}

function splitHostPort(item: string): { host: string; port?: string; bracketed: boolean } {
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(item);
  if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2], bracketed: true };
  // A bare IPv6 address has colons of its own and so cannot carry a port.
  const colon = isIP(item) === 6 ? -1 : item.lastIndexOf(':');
  if (colon < 0) return { host: item, bracketed: false };
  return { host: item.slice(0, colon), port: item.slice(colon + 1), bracketed: false };
}

/** The WHATWG URL parser prints IPv6 in RFC 5952 form, the same form node:dgram reports replies from. */
function canonicalIpv6(host: string): string {
  return new URL(`http://[${host}]/`).hostname.slice(1, -1);
}
