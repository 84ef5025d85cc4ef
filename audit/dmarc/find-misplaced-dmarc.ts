import { type ProbeHit, probeTxt } from '../dns/probe-txt';
import type { Resolver } from '../dns/types';
import { isDmarcRecord } from './parse-dmarc-record';

/**
 * Where DMARC records end up by mistake: at the domain itself (as if it were SPF), at `dmarc.` (no
 * underscore), or at `_dmarc.<domain>.<domain>` (a zone-file name without its final dot, or a
 * control panel that appends the zone to a full name). Receivers read only `_dmarc.<domain>`.
 */
export type DmarcMistake = 'apex' | 'no-underscore' | 'doubled-origin';

/** Valid DMARC records at the names of DmarcMistake. Only worth asking when no policy was found. */
export function findMisplacedDmarc(domain: string, resolver: Resolver): Promise<ProbeHit<DmarcMistake>[]> {
  return probeTxt(
    resolver,
    [
      { name: domain, mistake: 'apex' },
      { name: `dmarc.${domain}`, mistake: 'no-underscore' },
      { name: `_dmarc.${domain}.${domain}`, mistake: 'doubled-origin' },
    ],
    isDmarcRecord,
  );
}
