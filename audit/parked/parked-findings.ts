import type { DmarcPolicy } from '../dmarc/types';
import type { FindingId } from '../findings/catalog';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { isRejectAllSpf } from './is-reject-all-spf';

export interface ParkedInput {
  /** The domain sends no mail: it publishes a Null MX (RFC 7505) or its owner marked it parked. */
  nonSending: boolean;
  /**
   * The domain's one SPF record; null when it has none (or several, which is as bad); undefined when
   * it could not be read (a temporary DNS failure), so nothing is reported about it.
   */
  spfRecord: string | null | undefined;
  /** The DMARC policy that applies (DmarcAudit.policy); null when none applies; undefined when unknown. */
  dmarcPolicy: Pick<DmarcPolicy, 'effective' | 'pct' | 'testing'> | null | undefined;
}

/**
 * What a domain that sends no mail should publish so no one can send as it (M3AAWG "Protecting
 * Parked Domains"; RFC 7208 §10.1.2; RFC 7489 §6.3): SPF "v=spf1 -all" and DMARC p=reject applied
 * to all mail.
 */
export function parkedFindings({ nonSending, spfRecord, dmarcPolicy }: ParkedInput): Finding<FindingId>[] {
  if (!nonSending) return [];
  const findings: Finding<FindingId>[] = [];
  if (spfRecord !== undefined && (spfRecord === null || !isRejectAllSpf(spfRecord))) {
    findings.push(makeFinding('parked.spf-not-reject', { spfRecord }, spfRecord ?? 'no SPF record'));
  }
  const rejectsAll = dmarcPolicy?.effective === 'reject' && dmarcPolicy.pct === 100 && !dmarcPolicy.testing;
  if (dmarcPolicy !== undefined && !rejectsAll) {
    const detail = dmarcPolicy
      ? `policy ${dmarcPolicy.effective}, pct=${dmarcPolicy.pct}${dmarcPolicy.testing ? ', t=y' : ''}`
      : 'no DMARC policy';
    findings.push(
      makeFinding('parked.dmarc-not-reject', { dmarcPolicy: dmarcPolicy?.effective ?? null }, detail),
    );
  }
  return findings;
}
