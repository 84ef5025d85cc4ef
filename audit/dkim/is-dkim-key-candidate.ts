import { parseTagList } from './parse-tag-list';

// The base64 of the shortest key a verifier accepts: Ed25519's 32 bytes (RFC 8463), 44 characters.
const KEY_DATA = /^[A-Za-z0-9+/\s]{40,}={0,2}$/;

/**
 * Whether a TXT record found at a selector is meant as a DKIM key, so that it is reported (and
 * checked) as one. Wildcards and apex records leak other TXT data into selector names (e.g. a
 * `*.example.jp TXT "v=spf1 …"` answers every selector), so a record counts only if its first tag
 * is v= with a DKIM version (even a wrong one, like "DKIM3" — then it is an invalid key), or it has a
 * p= tag (RFC 6376 §3.6.1: v= is optional, p= is required): any p= without v=, and after a
 * misspelt v= ("v=DKMI1") only a p= that holds key data, which a DMARC "p=reject" does not.
 * An empty string is no key.
 */
export function isDkimKeyCandidate(text: string): boolean {
  const { tags } = parseTagList(text);
  const first = tags[0];
  const p = tags.find((tag) => tag.name === 'p');
  if (first?.name === 'v') return /^dkim/i.test(first.value) || (p !== undefined && KEY_DATA.test(p.value));
  return p !== undefined;
}
