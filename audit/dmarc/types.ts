import type { TemporaryFailure } from '../dns/types';
import type { FindingId } from '../findings/catalog';
import type { Finding } from '../findings/types';

export type DmarcDisposition = 'none' | 'quarantine' | 'reject';

/** The tags of one DMARC record with defaults filled in (RFC 7489 §6.3, RFC 9989 §4.7). */
export interface DmarcTags {
  p: DmarcDisposition;
  /** Existing subdomains; defaults to p. */
  sp: DmarcDisposition;
  /** Non-existent subdomains (RFC 9989); defaults to sp. */
  np: DmarcDisposition;
  /** Percentage of failing mail the policy applies to; removed in RFC 9989, default 100. */
  pct: number;
  adkim: 'r' | 's';
  aspf: 'r' | 's';
  /** Aggregate report URIs as published, size suffix included (e.g. "mailto:d@example.jp!10m"). */
  rua: string[];
  ruf: string[];
  fo: string[];
  /** Removed in RFC 9989. */
  rf: string[];
  /** Removed in RFC 9989. */
  ri: number;
  /** t=y (RFC 9989): the owner asks receivers not to apply the policy yet. */
  testing: boolean;
  psd: 'y' | 'n' | 'u';
}

/** The policy that applies to the audited domain. */
export interface DmarcPolicy extends DmarcTags {
  /** p for the domain's own record; sp, or np if the domain does not exist, when inherited. */
  applied: 'p' | 'sp' | 'np';
  /** The disposition the applied tag asks for. */
  effective: DmarcDisposition;
}

export interface DmarcAudit {
  status: 'complete' | 'partial';
  /** The DMARC record that applies, or null. */
  record: string | null;
  /** Every v=DMARC1 record at the name the policy came from. */
  records: string[];
  source: 'own' | 'organizational' | null;
  organizationalDomain: string;
  policy: DmarcPolicy | null;
  /** quarantine or reject applies to all failing mail (pct=100 or absent, and not t=y). */
  enforcing: boolean;
  temporaryFailures: TemporaryFailure[];
  findings: Finding<FindingId>[];
}
