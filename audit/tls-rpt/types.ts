import type { TemporaryFailure } from '../dns/types';
import type { Finding } from '../findings/types';

export interface TlsRptAudit {
  status: 'complete' | 'partial';
  /** The `v=TLSRPTv1` TXT record at `_smtp._tls.<domain>` (RFC 8460 §3); null when none. */
  record: { raw: string; rua: string[] } | null;
  findings: Finding[];
  temporaryFailures: TemporaryFailure[];
}
