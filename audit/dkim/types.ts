import type { TemporaryFailure } from '../dns/types';
import type { FindingId } from '../findings/catalog';
import type { Finding } from '../findings/types';
import type { DkimKeyType } from './dkim-key-tags';

/** One DKIM key record found at `<selector>._domainkey.<domain>`. */
export interface DkimKey {
  selector: string;
  /** The TXT record, its strings joined (RFC 6376 §3.6.2.2). */
  record: string;
  /** null when k= names an unknown type. */
  type: DkimKeyType | null;
  /** RSA modulus length; null for Ed25519, revoked or undecodable keys. */
  bits: number | null;
  testing: boolean;
  revoked: boolean;
  /** h= as published (lower-cased); null when absent, i.e. every algorithm allowed. */
  hashAlgorithms: string[] | null;
  /** SHA-256 (hex) of the key: SPKI DER for RSA, the raw 32 bytes for Ed25519; for rotation tracking. */
  fingerprint: string | null;
  /** Why verifiers cannot use this key; empty when they can. */
  errors: string[];
  /** Oddities that do not stop verification (e.g. a bare PKCS#1 RSA key). */
  warnings: string[];
}

export interface DkimAudit {
  status: 'complete' | 'partial';
  selectorsProbed: number;
  /** Set when RFC 8020 let us skip the dictionary: `_domainkey.<domain>` does not exist. */
  shortcut: 'nxdomain-at-_domainkey' | null;
  keys: DkimKey[];
  temporaryFailures: TemporaryFailure[];
  findings: Finding<FindingId>[];
}
