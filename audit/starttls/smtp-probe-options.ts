import type { ConnectionBudget } from './connection-budget';

/**
 * SMTP probing switched on (KENSA_SMTP_PROBE, the CLI's --smtp-probe). Off by default: many
 * networks block outbound port 25 (OP25B in Japan), where every probe would only time out.
 */
export interface SmtpProbeOptions {
  /** The run's cap on connections, shared by all its domains. */
  budget: ConnectionBudget;
  /**
   * Why Kensa must not connect to `address`, or null when it may. Production refuses non-public
   * addresses (the webhook guard's rule); tests allow loopback explicitly.
   */
  refuseAddress: (address: string) => string | null;
  /** Default 25 (RFC 5321 §4.5.4); tests give their server's port. */
  port?: number;
  /** For the whole conversation with one host (default 10000). */
  timeoutMs?: number;
  /** Trust store for the certificate checks; default Node's bundled CAs. */
  ca?: string;
  /** Our EHLO name (default "localhost"): RFC 5321 §4.1.1.1 asks for our own name, not a guess. */
  ehloName?: string;
  /** Clock for certificate expiry; tests pass their own. */
  now?: () => Date;
}
