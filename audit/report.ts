import type { AdspAudit } from './adsp/audit-adsp';
import type { BimiAudit } from './bimi/types';
import type { DaneAudit } from './dane/types';
import type { DkimAudit } from './dkim/types';
import type { DmarcAudit } from './dmarc/types';
import type { TemporaryFailure } from './dns/types';
import type { DnssecAudit } from './dnssec/types';
import type { Finding } from './findings/types';
import type { MtaStsAudit } from './mta-sts/types';
import type { MxAudit } from './mx/audit-mx';
import type { SenderIdAudit } from './senderid/audit-sender-id';
import type { SpfAudit } from './spf/spf-audit-types';
import type { StarttlsAudit } from './starttls/types';
import type { TlsRptAudit } from './tls-rpt/types';

/**
 * Everything Kensa knows about one domain after one audit. Workers store it as is; the dashboard,
 * exports and API only ever show what it says (they never re-derive findings).
 */
export interface AuditReport {
  /** ASCII (A-label) form. */
  domain: string;
  unicode: string;
  /** 'partial' when any lookup failed temporarily: the affected checks are unknown. */
  status: 'complete' | 'partial';
  /** ISO 8601 time the audit ran. */
  checkedAt: string;
  /** Sends no mail: publishes a Null MX or is marked parked. */
  nonSending: boolean;
  parked: boolean;
  findings: Finding[];
  spf: SpfAudit;
  senderId: SenderIdAudit;
  dkim: DkimAudit;
  adsp: AdspAudit;
  dmarc: DmarcAudit;
  mx: MxAudit;
  // The transport and brand checks (issue 15). Optional: reports stored before them lack these
  // sections, and their adoption metrics read as unknown for those days.
  mtaSts?: MtaStsAudit;
  tlsRpt?: TlsRptAudit;
  bimi?: BimiAudit;
  dnssec?: DnssecAudit;
  dane?: DaneAudit;
  starttls?: StarttlsAudit;
  temporaryFailures: TemporaryFailure[];
  /** DNS queries this domain cost (served from the run's cache or not). */
  queries: number;
  /**
   * Set when lookups failed because Kensa's resolver was unreachable (its circuit breaker open): the
   * report is partial for want of DNS, which says nothing about the domain. Retrying at once is futile.
   */
  resolverUnreachable?: true;
}
