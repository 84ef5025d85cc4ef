import type { DmarcAudit } from '../dmarc/types';

/**
 * Whether DMARC holds what BIMI asks before a logo is shown: quarantine or reject applied to all
 * failing mail (pct=100, no t=y: DmarcAudit.enforcing), and no subdomain policy of none. Null when
 * DMARC could not be read.
 */
export function bimiDmarcEligible(dmarc: DmarcAudit): boolean | null {
  if (dmarc.status === 'partial') return null;
  return dmarc.enforcing && dmarc.policy !== null && dmarc.policy.p !== 'none' && dmarc.policy.sp !== 'none';
}
