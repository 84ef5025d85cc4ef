/**
 * The tags of a DKIM key record (RFC 6376 §3.6.1, IANA "_domainkey DNS TXT Record Tag
 * Specifications") as data: which values each recognises and where that is defined. Values outside
 * `known` are ignored where the RFC says "unrecognized … MUST be ignored" (h, s, t).
 */
export interface DkimKeyTag {
  meaning: string;
  rfc: string;
  /** Recognised values (compared case-insensitively for h and k, as the ABNF literals are). */
  known: readonly string[];
  default: string | null;
}

export const DKIM_KEY_TAGS = {
  v: {
    meaning: 'version; must be the first tag if present',
    rfc: 'RFC 6376 §3.6.1',
    known: ['DKIM1'],
    default: 'DKIM1',
  },
  h: {
    meaning: 'acceptable hash algorithms',
    rfc: 'RFC 6376 §3.6.1, RFC 8301 §3.1',
    known: ['sha1', 'sha256'],
    default: null,
  },
  k: {
    meaning: 'key type',
    rfc: 'RFC 6376 §3.6.1, RFC 8463 §4.2',
    known: ['rsa', 'ed25519'],
    default: 'rsa',
  },
  n: { meaning: 'notes for humans', rfc: 'RFC 6376 §3.6.1', known: [], default: null },
  p: {
    meaning: 'public key (base64); empty means revoked',
    rfc: 'RFC 6376 §3.6.1',
    known: [],
    default: null,
  },
  s: { meaning: 'service types', rfc: 'RFC 6376 §3.6.1', known: ['email', '*'], default: '*' },
  t: {
    meaning: 'flags: y = testing, s = no subdomains in i=',
    rfc: 'RFC 6376 §3.6.1',
    known: ['y', 's'],
    default: null,
  },
} as const satisfies Record<string, DkimKeyTag>;

export type DkimKeyType = (typeof DKIM_KEY_TAGS.k.known)[number];

/** Hash algorithms RFC 8301 §3.1 still allows verifiers to accept. */
export const ACCEPTED_HASHES: readonly string[] = ['sha256'];

/** Whether `value` is one the tag recognises (exact match; callers fold case where the ABNF does). */
export function isKnownValue(tag: keyof typeof DKIM_KEY_TAGS, value: string): boolean {
  return (DKIM_KEY_TAGS[tag].known as readonly string[]).includes(value);
}
