import { createHash, X509Certificate } from 'node:crypto';
import type { TlsaRecord } from '../dns/types';

/**
 * Whether the certificate chain a server presented (DER, its own certificate first) matches a usable
 * TLSA record (RFC 6698 §2.1, RFC 7671 §5): DANE-EE (3) the server's certificate, DANE-TA (2) one of
 * the issuers it sent; selector 0 the whole certificate, 1 its SubjectPublicKeyInfo; matching type
 * 0 the bytes, 1 SHA-256, 2 SHA-512. For DANE-TA the chain from that issuer down to the server's
 * certificate is not re-verified here: the record is matched, not the path.
 */
export function tlsaMatches(record: TlsaRecord, chain: Buffer[]): boolean {
  const candidates = record.usage === 3 ? chain.slice(0, 1) : record.usage === 2 ? chain.slice(1) : [];
  return candidates.some((der) => associationData(record, der) === record.data);
}

function associationData(record: TlsaRecord, der: Buffer): string | null {
  const selected = record.selector === 0 ? der : spkiOf(der);
  if (selected === null) return null;
  if (record.matchingType === 0) return selected.toString('hex');
  const algorithm = record.matchingType === 1 ? 'sha256' : record.matchingType === 2 ? 'sha512' : null;
  return algorithm === null ? null : createHash(algorithm).update(selected).digest('hex');
}

function spkiOf(der: Buffer): Buffer | null {
  try {
    return new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' });
  } catch {
    return null;
  }
}
