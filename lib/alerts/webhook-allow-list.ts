import { BlockList, isIP } from 'node:net';

/** KENSA_WEBHOOK_ALLOW parsed: host names trusted whatever they resolve to, and networks. */
export interface WebhookAllowList {
  readonly hosts: ReadonlySet<string>;
  readonly networks: BlockList;
}

export type ParsedAllowList = { ok: true; allow: WebhookAllowList } | { ok: false; bad: string[] };

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');
const unbracketed = (text: string) => text.replace(/^\[(.*)\]$/, '$1');

/** A host name as URLs spell it (lower case, IDNs as A-labels, no trailing dot), or null. */
function hostName(entry: string): string | null {
  if (!/^[\p{L}\p{N}.-]+$/u.test(entry)) return null;
  try {
    return new URL(`http://${entry}/`).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

/**
 * Parses `hooks.internal, 10.20.0.0/16, 127.0.0.1, [::1], fd00::/8`: comma-separated host names
 * (exact, no wildcards), addresses and CIDR networks. Unparseable entries are returned by name.
 */
export function parseWebhookAllow(text: string | undefined): ParsedAllowList {
  const hosts = new Set<string>();
  const networks = new BlockList();
  const bad: string[] = [];
  for (const raw of (text ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const [bracketed = '', prefixText, ...rest] = entry.split('/');
    const address = unbracketed(bracketed);
    const prefix = Number(prefixText);
    const maxPrefix = isIP(address) === 6 ? 128 : 32;
    if (isIP(address) && prefixText === undefined) networks.addAddress(address, family(address));
    else if (isIP(address) && rest.length === 0 && /^\d{1,3}$/.test(prefixText ?? '') && prefix <= maxPrefix)
      networks.addSubnet(address, prefix, family(address));
    else {
      const name = hostName(entry);
      if (name && !isIP(unbracketed(name))) hosts.add(name);
      else bad.push(entry);
    }
  }
  return bad.length > 0 ? { ok: false, bad } : { ok: true, allow: { hosts, networks } };
}

/** The allow list of `text`, which env.ts has already validated. */
export function webhookAllowList(text: string | undefined): WebhookAllowList {
  const parsed = parseWebhookAllow(text);
  if (!parsed.ok) throw new Error(`KENSA_WEBHOOK_ALLOW: cannot read ${parsed.bad.join(', ')}`);
  return parsed.allow;
}

/** Whether the admin listed this host name, or a network holding this address. */
export function isAllowed(allow: WebhookAllowList, hostname: string, address: string): boolean {
  if (allow.hosts.has(hostname.toLowerCase().replace(/\.$/, ''))) return true;
  return allow.networks.check(address, family(address));
}
