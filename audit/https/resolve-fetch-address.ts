import { isTemporary, type Resolver, type TemporaryFailure } from '../dns/types';
import { type ReservedKind, reservedAddressKind } from '../net/reserved-address';
import type { HttpsOutcome } from './types';

export type AddressChoice =
  | { outcome: 'addresses'; addresses: string[] }
  | Exclude<HttpsOutcome, { outcome: 'ok' }>;

/**
 * The addresses to connect to for `host`, in the order to try them: its A, then AAAA records read
 * through Kensa's resolver.
 * Every address must be public (SSRF: a domain could point its MTA-STS host at 169.254.169.254 or
 * Kensa's own network), checked with the same registry as webhooks (reserved-address.ts), unless
 * `allowAddress` says otherwise (tests, for loopback); one non-public address refuses the host. The
 * checked addresses are the ones connected to.
 */
export async function resolveFetchAddresses(
  host: string,
  resolver: Resolver,
  allowAddress: (address: string) => boolean,
): Promise<AddressChoice> {
  const answers = await Promise.all([resolver.query(host, 'A'), resolver.query(host, 'AAAA')]);
  const addresses = answers.flatMap((answer) => answer.records);
  const dns: TemporaryFailure[] = answers
    .filter((answer) => isTemporary(answer.outcome))
    .map(({ name, type, outcome }) => ({ name, type, outcome }));
  if (addresses.length === 0) {
    if (dns.length > 0)
      return { outcome: 'temporary', detail: `no address for ${host} (DNS ${dns[0]?.outcome})`, dns };
    return { outcome: 'failed', failure: 'no-address', detail: `${host} has no A or AAAA record` };
  }
  for (const address of addresses) {
    const kind: ReservedKind | null = allowAddress(address) ? null : reservedAddressKind(address);
    if (kind)
      return {
        outcome: 'failed',
        failure: 'refused-address',
        detail: `${host} resolves to a ${kind} address (${address})`,
      };
  }
  return { outcome: 'addresses', addresses };
}
