import type { TemporaryFailure } from '../dns/types';
import type { Finding } from '../findings/types';

/**
 * RFC 4035 §4.3: secure (validated chain), insecure (provably unsigned), bogus (signed but fails
 * validation), unknown (the lookup failed temporarily: never read as insecure).
 */
export type DnssecState = 'secure' | 'insecure' | 'bogus' | 'unknown';

export interface DnssecAudit {
  status: 'complete' | 'partial';
  /**
   * Whether the resolver validates DNSSEC (KENSA_DNS_VALIDATING). False: every state is 'unknown'
   * (a non-validating resolver cannot tell signed from unsigned) and there are no findings.
   */
  validated?: boolean;
  /** The state of the domain's own answers. */
  domain: DnssecState;
  /** Each MX host's address answers, in MX order. */
  mxHosts: { host: string; state: DnssecState }[];
  findings: Finding[];
  temporaryFailures: TemporaryFailure[];
}
