import type { TemporaryFailure, TlsaRecord } from '../dns/types';
import type { DnssecState } from '../dnssec/types';
import type { Finding } from '../findings/types';

export type { TlsaRecord } from '../dns/types';

export interface DaneHost {
  host: string;
  /** The state of the `_25._tcp.<host>` TLSA answer: DANE counts only when it is secure (RFC 7672 §2.2). */
  dnssec: DnssecState;
  tlsa: TlsaRecord[];
  /** A secure TLSA RRset with at least one usable record (RFC 7672 §3.1); null when unknown. */
  usable: boolean | null;
  /** The certificate the host served matches a TLSA record; null when SMTP probing is off or failed. */
  certificateMatches: boolean | null;
}

export interface DaneAudit {
  status: 'complete' | 'partial';
  /** In MX order; empty for a Null MX or no MX. */
  hosts: DaneHost[];
  findings: Finding[];
  temporaryFailures: TemporaryFailure[];
}
