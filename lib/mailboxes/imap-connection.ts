import { ImapFlow } from 'imapflow';
import { z } from 'zod';

export const tlsModes = ['tls', 'starttls'] as const;
export type TlsMode = (typeof tlsModes)[number];

/** Where and as whom to log in; the password in clear, opened from its sealed form just before use. */
export interface ImapConnection {
  host: string;
  port: number;
  tlsMode: TlsMode;
  username: string;
  password: string;
}

export const imapHost = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:\-[\]]+$/, 'a host name or an IP address');

/** Generous for a loaded server, short enough that a dead one fails the pull rather than hanging it. */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 120_000 };
/** The largest literal (one message's bytes) accepted from a server: hostile mailboxes exist. */
const MAX_LITERAL = 64 * 1024 * 1024;

/**
 * Connects and logs in. `tls`: implicit TLS (RFC 8314 §3); `starttls`: STARTTLS is required, never
 * skipped when the server does not offer it (RFC 3501 §6.2.1) — credentials never cross in clear.
 * The certificate is verified against `ca` (imapTrustedCas) and the host name, always.
 */
export async function openImap(connection: ImapConnection, ca: string[] | undefined): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: connection.host,
    port: connection.port,
    secure: connection.tlsMode === 'tls',
    doSTARTTLS: connection.tlsMode === 'starttls' ? true : undefined,
    auth: { user: connection.username, pass: connection.password },
    tls: { ca, rejectUnauthorized: true, minVersion: 'TLSv1.2' },
    logger: false,
    disableAutoIdle: true,
    maxLiteralSize: MAX_LITERAL,
    ...TIMEOUTS,
  });
  // Without a listener a socket error after connect() would be an unhandled 'error' event.
  client.on('error', () => {});
  await client.connect();
  return client;
}
