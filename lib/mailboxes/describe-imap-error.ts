/**
 * An operator-facing sentence for a failed IMAP pull or connection test: what went wrong and what to
 * check, never the password. Server texts are bounded, as a hostile server chooses them.
 */
export function describeImapError(error: unknown): string {
  const e = (error ?? {}) as {
    code?: string;
    message?: string;
    authenticationFailed?: boolean;
    tlsFailed?: boolean;
    responseText?: string;
    mailboxMissing?: boolean;
    path?: string;
  };
  const detail = (text: string | undefined) => (text ? `: ${text.replace(/\s+/g, ' ').slice(0, 200)}` : '');
  if (e.authenticationFailed)
    return `login refused by the server (check the user name and password)${detail(e.responseText)}`;
  if (e.code && TLS_CODES.has(e.code))
    return `the server's TLS certificate could not be verified (${e.code})`;
  if (e.tlsFailed) return `TLS could not be set up with the server${detail(e.message)}`;
  if (e.mailboxMissing) return `folder "${(e.path ?? '').slice(0, 200)}" does not exist on the server`;
  if (e.code === 'ECONNREFUSED') return 'the server refused the connection (check the host and port)';
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return 'the host name could not be resolved';
  if (e.code && TIMEOUT_CODES.has(e.code)) return `the server did not answer in time (${e.code})`;
  return `IMAP error${detail(e.message ?? String(error))}`;
}

/** Node's certificate verification failures (tls.TLSSocket#authorizationError). */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const TIMEOUT_CODES = new Set([
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
  'ETIMEOUT',
  'ETIMEDOUT',
]);
