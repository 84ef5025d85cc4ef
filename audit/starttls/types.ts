import type { Finding } from '../findings/types';

/**
 * What connecting to one MX on port 25 showed. 'connect-failed' and 'timeout' are temporary (unknown,
 * never "no TLS"); 'not-probed' means the run's connection cap was reached before this host.
 */
export type StarttlsOutcome =
  | 'tls'
  | 'no-starttls'
  | 'tls-failed'
  | 'connect-failed'
  | 'timeout'
  | 'not-probed';

export interface StarttlsHost {
  host: string;
  outcome: StarttlsOutcome;
  /** Why a probe did not complete (a refused address, a timeout, the greeting), for the reader. */
  detail?: string;
  /** e.g. 'TLSv1.3'; set when the handshake completed. */
  tlsVersion?: string;
  certificate?: {
    /** The served certificate is valid for the host name, under the trust store used. */
    nameMatches: boolean;
    trusted: boolean;
    /** ISO 8601. */
    notAfter: string;
  };
}

export interface StarttlsAudit {
  /** 'skipped' when SMTP probing is off (the default: many networks block port 25, OP25B in Japan). */
  status: 'complete' | 'partial' | 'skipped';
  hosts: StarttlsHost[];
  findings: Finding[];
}
