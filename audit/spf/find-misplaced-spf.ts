import { type ProbeHit, probeTxt } from '../dns/probe-txt';
import type { Resolver } from '../dns/types';
import { isSpfRecord } from './parse-spf';

/**
 * Where SPF records end up by mistake: only at `_spf.<domain>` (taken for the place of SPF, as
 * `_dmarc` is DMARC's), at `<domain>.<domain>` (a zone-file name without its final dot, or a control
 * panel that appends the zone to a full name), or only in the discontinued type 99 (RFC 7208 §3.1).
 * Receivers read TXT at the domain itself only (§4.4).
 */
export type SpfMistake = 'spf-label' | 'doubled-origin' | 'rr-type-99';

/**
 * SPF records at the names of SpfMistake, plus the type-99 records already read. Only worth asking
 * when the domain has no SPF record of its own.
 */
export async function findMisplacedSpf(
  domain: string,
  resolver: Resolver,
  rrType99: string[],
): Promise<ProbeHit<SpfMistake>[]> {
  const probed = await probeTxt<SpfMistake>(
    resolver,
    [
      { name: `_spf.${domain}`, mistake: 'spf-label' },
      { name: `${domain}.${domain}`, mistake: 'doubled-origin' },
    ],
    isSpfRecord,
  );
  const type99 = rrType99.filter(isSpfRecord).map((record) => ({
    name: domain,
    mistake: 'rr-type-99' as const,
    record,
  }));
  return [...probed, ...type99];
}
