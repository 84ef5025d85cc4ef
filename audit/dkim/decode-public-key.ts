import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { recentResults } from '../recent-results';
import type { DkimKeyType } from './dkim-key-tags';

export type DecodedKey =
  | {
      ok: true;
      /** RSA modulus length; null for Ed25519, whose strength is fixed. */
      bits: number | null;
      /** SHA-256 (hex) of the key in a canonical form: SPKI DER for RSA, the 32 raw bytes for Ed25519. */
      fingerprint: string;
      encoding: 'spki' | 'pkcs1' | 'raw';
      warnings: string[];
    }
  | { ok: false; error: string };

// RFC 6376 §3.6.1 "base64string": the alphabet of RFC 2045 §6.8; whitespace was removed by the caller.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Keys decoded lately, by type and base64: a provider's key (selector1 CNAMEs to it) is published
 * for thousands of domains, and an X.509 parse per domain was a tenth of a scan's CPU (issue 12).
 */
const decodeRecent = {
  rsa: recentResults(1000, (base64) => decode('rsa', base64)),
  ed25519: recentResults(1000, (base64) => decode('ed25519', base64)),
} satisfies Record<DkimKeyType, (base64: string) => DecodedKey>;

/** Decodes the (whitespace-free) base64 of a non-empty p= tag into key facts, never throwing. */
export function decodePublicKey(keyType: DkimKeyType, base64: string): DecodedKey {
  return decodeRecent[keyType](base64);
}

function decode(keyType: DkimKeyType, base64: string): DecodedKey {
  if (!BASE64.test(base64) || base64.length % 4 === 1) return { ok: false, error: 'p= is not valid base64' };
  const der = Buffer.from(base64, 'base64');
  return keyType === 'rsa' ? decodeRsa(der) : decodeEd25519(der);
}

/**
 * RFC 6376 §3.6.1 says RSAPublicKey (PKCS#1) but its Appendix C and nearly every signer publish a
 * SubjectPublicKeyInfo; erratum 3017 asks verifiers to accept both. We accept both and warn about
 * the bare form, which verifiers that only read SPKI (e.g. some libraries built on d2i_PUBKEY) reject.
 */
function decodeRsa(der: Buffer): DecodedKey {
  const spki = tryKey(der, 'spki');
  if (spki && spki.asymmetricKeyType !== 'rsa') {
    return { ok: false, error: `p= holds an ${spki.asymmetricKeyType} key but the key type is rsa` };
  }
  const key = spki ?? tryKey(der, 'pkcs1');
  if (!key) return { ok: false, error: 'p= is not a DER-encoded RSA public key' };
  const warnings = spki
    ? []
    : [
        'p= is a bare RSAPublicKey (PKCS#1) rather than the usual SubjectPublicKeyInfo; ' +
          'RFC 6376 erratum 3017 allows it, but some verifiers reject it',
      ];
  const canonical = key.export({ type: 'spki', format: 'der' });
  return {
    ok: true,
    bits: key.asymmetricKeyDetails?.modulusLength ?? 0,
    fingerprint: sha256(canonical),
    encoding: spki ? 'spki' : 'pkcs1',
    warnings,
  };
}

/** RFC 8463 §4.2: the p= value is the bare 32-byte Ed25519 public key, not an SPKI structure. */
function decodeEd25519(der: Buffer): DecodedKey {
  if (der.length === 32)
    return { ok: true, bits: null, fingerprint: sha256(der), encoding: 'raw', warnings: [] };
  if (tryKey(der, 'spki')?.asymmetricKeyType === 'ed25519') {
    return {
      ok: false,
      error: `Ed25519 key is wrapped in a SubjectPublicKeyInfo (${der.length} bytes); RFC 8463 §4.2 requires the bare 32-byte key`,
    };
  }
  return { ok: false, error: `Ed25519 key must be 32 bytes; p= decodes to ${der.length}` };
}

function tryKey(der: Buffer, type: 'spki' | 'pkcs1'): KeyObject | null {
  try {
    return createPublicKey({ key: der, format: 'der', type });
  } catch {
    return null;
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
