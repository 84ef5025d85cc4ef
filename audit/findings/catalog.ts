import type { FindingDefinition } from './types';

/**
 * THE findings catalog. Ids are a public contract (exports and the API use them): never rename one;
 * retire it instead. `docs/findings.md` is generated from this file.
 *
 * NOTE (being completed): every entry needs title/explanation/remediation in en and ja.
 */
export const FINDINGS = {
  'spf.missing': def('warning', 'RFC 7208 §4.5', 'No SPF record'),
  'spf.multiple-records': def('error', 'RFC 7208 §4.5', 'More than one SPF record'),
  'spf.syntax-error': def('error', 'RFC 7208 §12', 'SPF record has a syntax error'),
  'spf.too-many-lookups': def('error', 'RFC 7208 §4.6.4', 'SPF needs more than 10 DNS lookups'),
  'spf.too-many-void-lookups': def('error', 'RFC 7208 §4.6.4', 'SPF has more than 2 void lookups'),
  'spf.include-missing': def('error', 'RFC 7208 §5.2', 'An include or redirect target has no SPF record'),
  'spf.include-loop': def('error', 'RFC 7208 §5.2', 'SPF include/redirect loop'),
  'spf.ptr-mechanism': def('warning', 'RFC 7208 §5.5', 'SPF uses the ptr mechanism'),
  'spf.plus-all': def('error', 'RFC 7208 §5.1', 'SPF passes every sender (+all)'),
  'spf.neutral-all': def('warning', 'RFC 7208 §5.1', 'SPF ends neutral (?all or no all)'),
  'spf.softfail-all': def('info', 'RFC 7208 §5.1', 'SPF ends with ~all (softfail)'),
  'spf.terms-after-all': def('warning', 'RFC 7208 §5.1', 'SPF terms after "all" are never evaluated'),
  'spf.redirect-with-all': def('warning', 'RFC 7208 §6.1', 'SPF redirect= is ignored because "all" is present'),
  'spf.duplicate-modifier': def('error', 'RFC 7208 §6', 'SPF modifier appears more than once'),
  'spf.record-too-long': def('warning', 'RFC 7208 §3.4', 'SPF record longer than 450 octets'),
  'spf.mx-too-many': def('error', 'RFC 7208 §4.6.4', 'An SPF mx term yields more than 10 MX hosts'),
  'spf.rr-type-99': def('info', 'RFC 7208 §3.1', 'An SPF-type (99) record is published'),
  'senderid.record': def('info', 'RFC 6686', 'A Sender ID record is published'),
  'dkim.none-found': def('warning', 'RFC 6376 §3.6.2', 'No DKIM key found'),
  'dkim.key-too-short': def('error', 'RFC 8301 §3.2', 'DKIM RSA key shorter than 1024 bits'),
  'dkim.key-1024': def('warning', 'RFC 8301 §3.2', 'DKIM RSA key of 1024–2047 bits'),
  'dkim.testing': def('info', 'RFC 6376 §3.6.1', 'DKIM key in testing mode (t=y)'),
  'dkim.revoked': def('info', 'RFC 6376 §3.6.1', 'DKIM key revoked (empty p=)'),
  'dkim.key-invalid': def('error', 'RFC 6376 §3.6.1', 'DKIM key record cannot be used'),
  'dkim.sha1-only': def('error', 'RFC 8301 §3.1', 'DKIM key allows only SHA-1'),
  'adsp.present': def('info', 'RFC 5617', 'An ADSP record is published (Historic)'),
  'adsp.invalid': def('warning', 'RFC 5617 §4.2.1', 'ADSP record is invalid'),
  'adsp.discardable-without-dkim': def('error', 'RFC 5617 §4.2.1', 'ADSP says all mail is signed but no DKIM key was found'),
  'dmarc.missing': def('warning', 'RFC 7489 §6.6.3', 'No DMARC record'),
  'dmarc.multiple-records': def('error', 'RFC 7489 §6.6.3', 'More than one DMARC record'),
  'dmarc.syntax-error': def('error', 'RFC 7489 §6.4', 'DMARC record has a syntax error'),
  'dmarc.policy-none': def('warning', 'RFC 7489 §6.3', 'DMARC policy is p=none (monitoring only)'),
  'dmarc.subdomain-policy-none': def('warning', 'RFC 7489 §6.3', 'DMARC subdomain policy is sp=none'),
  'dmarc.pct-partial': def('warning', 'RFC 7489 §6.3', 'DMARC policy applies to only part of the mail (pct<100)'),
  'dmarc.no-rua': def('info', 'RFC 7489 §6.3', 'DMARC requests no aggregate reports (no rua=)'),
  'dmarc.rua-unauthorized': def('warning', 'RFC 7489 §7.1', 'External DMARC report destination is not authorized'),
  'dmarc.inherited': def('info', 'RFC 7489 §6.6.3', 'DMARC policy inherited from the organizational domain'),
  'mx.null-mx-with-other': def('error', 'RFC 7505 §3', 'Null MX published next to other MX records'),
  'mx.none': def('info', 'RFC 5321 §5.1', 'No MX records'),
  'parked.spf-not-reject': def('warning', 'RFC 7208 §10.1.2', 'Non-sending domain lacks "v=spf1 -all"'),
  'parked.dmarc-not-reject': def('warning', 'RFC 7489 §6.3', 'Non-sending domain lacks DMARC p=reject'),
  'dns.temporary-failure': def('warning', 'RFC 2308 §7', 'A DNS lookup failed temporarily; some checks are unknown'),
} as const satisfies Record<string, FindingDefinition>;

export type FindingId = keyof typeof FINDINGS;

function def(severity: FindingDefinition['severity'], rfc: string, en: string): FindingDefinition {
  return { severity, rfc, title: { en, ja: en }, explanation: { en, ja: en }, remediation: { en, ja: en } };
}
