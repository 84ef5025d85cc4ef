/**
 * How the DKIM keys of fixtures/zones/test.zone were made: fresh key pairs from node:crypto, of which
 * only the public half is printed, as zone-file TXT data split into strings of at most 255 octets
 * (RFC 1035 §3.3.14). The private halves are thrown away: the fixtures only need keys to audit.
 *
 *   npx tsx cli/testing/print-dkim-records.ts 512 1024 2048 ed25519
 */
import { generateKeyPairSync } from 'node:crypto';

/** base64 of a fresh key as DKIM publishes it: SPKI DER for RSA, the bare 32 bytes for Ed25519 (RFC 8463 §4.2). */
function publicKey(kind: string): string {
  if (kind === 'ed25519') {
    const der = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
    return der.subarray(der.length - 32).toString('base64');
  }
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: Number(kind) });
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** `"…" "…"`: a TXT record's text as quoted character-strings of at most 255 octets each. */
function txtStrings(text: string): string {
  const strings: string[] = [];
  for (let start = 0; start < text.length; start += 255) strings.push(`"${text.slice(start, start + 255)}"`);
  return strings.join(' ');
}

for (const kind of process.argv.slice(2)) {
  const k = kind === 'ed25519' ? 'ed25519' : 'rsa';
  console.log(`; ${kind}\n${txtStrings(`v=DKIM1; k=${k}; p=${publicKey(kind)}`)}`);
}
