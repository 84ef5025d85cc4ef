import { type LookupAddress, lookup as systemLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { reservedAddressKind } from '@/audit/net/reserved-address';
import { isAllowed, type WebhookAllowList } from './webhook-allow-list';

/** The resolver the guard asks: dns.lookup's "all addresses" form, injectable for tests. */
export type ResolveAll = (hostname: string, family: number) => Promise<LookupAddress[]>;

export const systemResolveAll: ResolveAll = (hostname, family) =>
  new Promise((resolve, reject) =>
    systemLookup(hostname, { all: true, family }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/** Thrown through the socket when a target is refused; its message is the delivery's error. */
export class WebhookRefused extends Error {
  readonly code = 'KENSA_WEBHOOK_REFUSED';
}

/**
 * Why Kensa will not call `address` for the URL host `hostname`, or null when it may: a reserved
 * address (loopback, private, link-local such as 169.254.169.254, …) is refused unless the host
 * name or a network holding the address is listed in KENSA_WEBHOOK_ALLOW.
 */
export function webhookRefusal(hostname: string, address: string, allow: WebhookAllowList): string | null {
  const kind = reservedAddressKind(address);
  if (!kind || isAllowed(allow, hostname, address)) return null;
  const what = isIP(hostname) ? `${hostname} is` : `${hostname} resolves to`;
  return `refused: ${what} a ${kind} address (not in KENSA_WEBHOOK_ALLOW)`;
}

/**
 * Why a webhook URL may not be saved: its host is an address literal that would be refused. Names
 * are judged only when called (their DNS answer may change), by guardedLookup.
 */
export function webhookUrlRefusal(url: string, allow: WebhookAllowList): string | null {
  if (!URL.canParse(url)) return null;
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) ? webhookRefusal(host, host, allow) : null;
}

/** Every address of `hostname` if all of them may be called; else the refusal. */
async function allowedAddresses(
  hostname: string,
  family: number,
  allow: WebhookAllowList,
  resolveAll: ResolveAll,
): Promise<LookupAddress[]> {
  const addresses = await resolveAll(hostname, family);
  if (addresses.length === 0) throw new WebhookRefused(`refused: ${hostname} has no address`);
  for (const { address } of addresses) {
    const refusal = webhookRefusal(hostname, address, allow);
    if (refusal) throw new WebhookRefused(refusal);
  }
  return addresses;
}

/**
 * A `lookup` for http(s).request that resolves the name once and hands the socket only addresses
 * that passed webhookRefusal, so the address connected to is the address checked: a name whose
 * DNS answer changes between a check and the connection (DNS rebinding) cannot slip through. One
 * refused address refuses the call. TLS still sends and verifies the URL's name (SNI, certificate).
 */
export function guardedLookup(
  allow: WebhookAllowList,
  resolveAll: ResolveAll = systemResolveAll,
): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 'IPv6' ? 6 : options.family === 'IPv4' ? 4 : (options.family ?? 0);
    allowedAddresses(hostname, family, allow, resolveAll).then(
      (addresses) => {
        const [first] = addresses as [LookupAddress];
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
