import { describe, expect, it } from 'vitest';
import { FINDINGS } from './catalog';

/** The ids published since the first release: a public contract, so none may disappear. */
const CONTRACT_IDS = [
  'spf.missing',
  'spf.multiple-records',
  'spf.syntax-error',
  'spf.too-many-lookups',
  'spf.too-many-void-lookups',
  'spf.include-missing',
  'spf.include-loop',
  'spf.ptr-mechanism',
  'spf.plus-all',
  'spf.neutral-all',
  'spf.softfail-all',
  'spf.terms-after-all',
  'spf.redirect-with-all',
  'spf.duplicate-modifier',
  'spf.record-too-long',
  'spf.mx-too-many',
  'spf.rr-type-99',
  'senderid.record',
  'dkim.none-found',
  'dkim.key-too-short',
  'dkim.key-1024',
  'dkim.testing',
  'dkim.revoked',
  'dkim.key-invalid',
  'dkim.sha1-only',
  'adsp.present',
  'adsp.invalid',
  'adsp.discardable-without-dkim',
  'dmarc.missing',
  'dmarc.multiple-records',
  'dmarc.syntax-error',
  'dmarc.policy-none',
  'dmarc.subdomain-policy-none',
  'dmarc.pct-partial',
  'dmarc.no-rua',
  'dmarc.rua-unauthorized',
  'dmarc.inherited',
  'dmarc.testing',
  'mx.null-mx-with-other',
  'mx.none',
  'parked.spf-not-reject',
  'parked.dmarc-not-reject',
  'dns.temporary-failure',
  'dmarc.near-miss',
  'dmarc.misplaced',
  'spf.near-miss',
  'spf.misplaced',
  'dkim.misplaced',
];

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('findings catalog', () => {
  it('keeps every published id', () => {
    expect(CONTRACT_IDS.filter((id) => !(id in FINDINGS))).toEqual([]);
  });

  it.each(Object.entries(FINDINGS))('%s is complete in English and Japanese', (id, entry) => {
    // The check's name may have a hyphen itself (mta-sts., tls-rpt.).
    expect(id).toMatch(/^[a-z]+(-[a-z]+)?\.[a-z0-9-]+$/);
    expect(['error', 'warning', 'info']).toContain(entry.severity);
    // BIMI and its SVG profile are Internet-Drafts, cited by name.
    expect(entry.rfc).toMatch(/^(RFC \d{4}|draft-[a-z0-9-]+)/);
    for (const field of [entry.title, entry.explanation, entry.remediation]) {
      expect(field.en.trim().length).toBeGreaterThan(0);
      expect(field.ja).toMatch(JAPANESE);
      expect(field.ja).not.toBe(field.en);
    }
    expect(
      entry.explanation.en.length,
      'an explanation says what it means and why it matters',
    ).toBeGreaterThan(80);
    expect(entry.remediation.en.length).toBeGreaterThan(20);
  });
});
