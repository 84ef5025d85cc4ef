import { isIP } from 'node:net';
import { toASCII, toUnicode } from 'tr46';

export type DomainNameResult =
  | { ok: true; ascii: string; unicode: string }
  | { ok: false; input: string; error: string };

const IDNA_OPTIONS = {
  checkBidi: true,
  checkHyphens: true,
  checkJoiners: true,
  // Host names only (RFC 1123 §2.1 letters, digits, hyphen): rejects spaces, "_" and punctuation.
  useSTD3ASCIIRules: true,
  // UTS #46 non-transitional processing, as IDNA2008 registries and browsers do ("ß" stays "ß").
  transitionalProcessing: false,
} as const;

// A lower-case LDH label (RFC 1123 §2.1) that UTS #46 leaves as it is: no leading or trailing
// hyphen, no "--" in positions 3–4 (checkHyphens; that also keeps "xn--" A-labels on the full path).
const PLAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Such a name maps to itself in both directions, so tr46 (~4 % of an audit's CPU) can be skipped. */
function isPlainAscii(name: string): boolean {
  return name.split('.').every((label) => PLAIN_LABEL.test(label) && label.slice(2, 4) !== '--');
}

/**
 * Turns what a user typed into the domain Kensa stores: UTS #46 mapping to its ASCII (A-label)
 * form, checked against the DNS limits of RFC 1035 §2.3.4 (labels of 63 octets, 253 for the name
 * without its final dot). IP literals are refused: Kensa audits domains, not hosts.
 */
export function normalizeDomain(input: string): DomainNameResult {
  const fail = (error: string): DomainNameResult => ({ ok: false, input, error });
  const trimmed = input.trim().replace(/\.$/, '');
  if (trimmed === '') return fail('empty domain name');
  if (isIP(trimmed.replace(/^\[|\]$/g, '')) !== 0) return fail('an IP address is not a domain name');
  const plain = isPlainAscii(trimmed);
  const ascii = plain ? trimmed : toASCII(trimmed, { ...IDNA_OPTIONS, verifyDNSLength: false });
  if (ascii === null) return fail('not a valid domain name (UTS #46 / IDNA2008)');
  if (ascii.length > 253) return fail(`name is ${ascii.length} octets long; the limit is 253`);
  const labels = ascii.split('.');
  const long = labels.find((label) => label.length > 63);
  if (long) return fail(`label "${long.slice(0, 20)}…" is ${long.length} octets long; the limit is 63`);
  if (labels.some((label) => label === '')) return fail('empty label (two dots in a row)');
  if (labels.length < 2) return fail('a domain needs at least two labels, e.g. example.jp');
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return fail('the last label cannot be all digits');
  if (plain) return { ok: true, ascii, unicode: ascii };
  const { domain: unicode, error } = toUnicode(ascii, IDNA_OPTIONS);
  if (error) return fail('not a valid domain name (its A-labels do not decode)');
  return { ok: true, ascii, unicode };
}
