import type { Resolver } from '../dns/types';

/**
 * Given when the resolver validates DNSSEC (KENSA_DNS_VALIDATING, the CLI's --dnssec): its AD bit is
 * then the verdict. Absent, every DNSSEC state is 'unknown': a non-validating resolver (or Knot
 * answering directly) never sets AD, and its silence proves nothing.
 */
export interface DnssecValidation {
  /**
   * The same resolver asked with CD set (RFC 4035 §3.2.2). A validator answers SERVFAIL both for a
   * bogus answer and for a broken server; the bogus one still answers with checking disabled.
   */
  checkingDisabled: Resolver;
}
