import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { env } from '@/lib/env';

let cached: { file: string | undefined; ca: string[] | undefined } | undefined;

/**
 * The CA certificates an IMAP server's certificate must chain to: Node's bundled roots, plus
 * KENSA_IMAP_CA_FILE's when set (an internal CA; the tests' Dovecot CA). Undefined: the roots alone.
 * Verification itself is never turned off (RFC 8314 §4.4 asks clients to verify).
 */
export function imapTrustedCas(file: string | undefined = env().KENSA_IMAP_CA_FILE): string[] | undefined {
  if (cached && cached.file === file) return cached.ca;
  const ca = file === undefined ? undefined : [...rootCertificates, readFileSync(file, 'utf8')];
  cached = { file, ca };
  return ca;
}
