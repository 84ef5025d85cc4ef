import { generateKeyPairSync } from 'node:crypto';

/** base64 of a fresh RSA key as DKIM publishes it (SPKI DER). */
export function rsaKey(bits: number): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** base64 of a fresh Ed25519 key: the bare 32 bytes (RFC 8463 §4.2), or SPKI-wrapped when asked. */
export function ed25519Key(wrapped = false): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return (wrapped ? der : der.subarray(der.length - 32)).toString('base64');
}
