import type { FindingId } from '../../audit/findings/catalog';

export interface FindingCase {
  /** A domain of fixtures/zones/test.zone that must report the id. */
  domain: string;
  /**
   * Domains that must not report it: healthy.test unless a closer one tells more (a record that
   * differs from the case in just the point the id is about).
   */
  notAt: string[];
}

const HEALTHY = 'healthy.test';
/** Correctly parked: Null MX, "v=spf1 -all", DMARC p=reject. */
const PARKED = 'null-mx.test';
/** Valid spellings that look wrong: "V=SPF1 …", "V = DMARC1 ; P=reject". */
const CASE_INSENSITIVE = 'case-insensitive.test';

const named = (id: string, notAt: string[] = [HEALTHY]): FindingCase => ({
  domain: `${id.replace('.', '-')}.test`,
  notAt,
});

/**
 * The fixture domain of every catalog id (test.zone has a comment above each saying why it reports
 * it). Ids missing here fail cli/audit-findings.test.ts by name; `elsewhere` lists those a zone file
 * cannot show honestly.
 */
export const FINDING_CASES: Partial<Record<FindingId, FindingCase>> = {
  'spf.missing': named('spf.missing'),
  // One v=spf1 record next to a spf2.0 (Sender ID) record.
  'spf.multiple-records': named('spf.multiple-records', [HEALTHY, 'senderid-record.test']),
  'spf.syntax-error': named('spf.syntax-error'),
  'spf.too-many-lookups': named('spf.too-many-lookups'),
  // One void lookup (the NXDOMAIN include) is within the limit of two.
  'spf.too-many-void-lookups': named('spf.too-many-void-lookups', [HEALTHY, 'spf-include-missing.test']),
  'spf.include-missing': named('spf.include-missing'),
  'spf.include-loop': named('spf.include-loop'),
  'spf.ptr-mechanism': named('spf.ptr-mechanism'),
  'spf.plus-all': named('spf.plus-all', [HEALTHY, 'spf-softfail-all.test']),
  'spf.neutral-all': named('spf.neutral-all', [HEALTHY, 'spf-softfail-all.test']),
  // healthy.test includes a record ending ~all: an include's ending is not the domain's.
  'spf.softfail-all': named('spf.softfail-all'),
  'spf.terms-after-all': named('spf.terms-after-all'),
  // redirect= without "all".
  'spf.redirect-with-all': named('spf.redirect-with-all', [HEALTHY, 'mail.dmarc-inherited.test']),
  'spf.duplicate-modifier': named('spf.duplicate-modifier'),
  'spf.record-too-long': named('spf.record-too-long'),
  // healthy.test has "mx" with two MX hosts.
  'spf.mx-too-many': named('spf.mx-too-many'),
  // A type-99 record with no TXT copy is spf.misplaced instead.
  'spf.rr-type-99': named('spf.rr-type-99', [HEALTHY, 'spf-misplaced-type-99.test']),
  // The only TXT record of spf-missing.test is a site-verification token: not meant as SPF.
  'spf.near-miss': named('spf.near-miss', [HEALTHY, CASE_INSENSITIVE, 'spf-missing.test']),
  // dmarc-inherited.test has an _spf record too, included by its own; spf-rr-type-99.test has a TXT copy.
  'spf.misplaced': named('spf.misplaced', [HEALTHY, 'dmarc-inherited.test', 'spf-rr-type-99.test']),
  'senderid.record': named('senderid.record'),
  // A non-sending domain without DKIM is not reported.
  'dkim.none-found': named('dkim.none-found', [HEALTHY, PARKED]),
  'dkim.key-too-short': named('dkim.key-too-short', [HEALTHY, 'dkim-key-1024.test']),
  'dkim.key-1024': named('dkim.key-1024'),
  'dkim.testing': named('dkim.testing'),
  'dkim.revoked': named('dkim.revoked'),
  'dkim.key-invalid': named('dkim.key-invalid'),
  'dkim.sha1-only': named('dkim.sha1-only'),
  // No key anywhere, and _domainkey.dkim-none-found.test does not exist.
  'dkim.misplaced': named('dkim.misplaced', [HEALTHY, 'dkim-none-found.test']),
  'adsp.present': named('adsp.present'),
  // dkim=all with a working key.
  'adsp.invalid': named('adsp.invalid', [HEALTHY, 'adsp-present.test']),
  'adsp.discardable-without-dkim': named('adsp.discardable-without-dkim', [HEALTHY, 'adsp-present.test']),
  // No _dmarc of its own, but the organizational domain's applies.
  'dmarc.missing': named('dmarc.missing', [HEALTHY, 'mail.dmarc-inherited.test']),
  'dmarc.multiple-records': named('dmarc.multiple-records'),
  'dmarc.syntax-error': named('dmarc.syntax-error'),
  // p=reject; sp=none: the domain itself enforces.
  'dmarc.policy-none': named('dmarc.policy-none', [HEALTHY, 'dmarc-subdomain-policy-none.test']),
  // p=none (sp defaults to it): reported once, as dmarc.policy-none.
  'dmarc.subdomain-policy-none': named('dmarc.subdomain-policy-none', [HEALTHY, 'dmarc-policy-none.test']),
  'dmarc.pct-partial': named('dmarc.pct-partial'),
  'dmarc.testing': named('dmarc.testing'),
  'dmarc.no-rua': named('dmarc.no-rua'),
  // healthy.test reports to the same provider, which authorizes it.
  'dmarc.rua-unauthorized': named('dmarc.rua-unauthorized'),
  'dmarc.inherited': { domain: 'mail.dmarc-inherited.test', notAt: [HEALTHY, 'dmarc-inherited.test'] },
  // dmarc-missing.test has no _dmarc record at all.
  'dmarc.near-miss': named('dmarc.near-miss', [HEALTHY, CASE_INSENSITIVE, 'dmarc-missing.test']),
  'dmarc.misplaced': named('dmarc.misplaced', [HEALTHY, 'dmarc-missing.test']),
  'mx.null-mx-with-other': named('mx.null-mx-with-other', [HEALTHY, PARKED]),
  // A Null MX is an MX record.
  'mx.none': named('mx.none', [HEALTHY, PARKED]),
  'parked.spf-not-reject': named('parked.spf-not-reject', [HEALTHY, PARKED]),
  'parked.dmarc-not-reject': named('parked.dmarc-not-reject', [HEALTHY, PARKED]),
  // MTA-STS, TLS-RPT and BIMI as the CLI sees them: every mta-sts.* and bimi.* host of the fixture
  // zone is 127.0.0.1, which the CLI refuses to fetch from (SSRF guard), so only what the DNS shows
  // is judged here; what the HTTPS answers show is FETCHED, below.
  'mta-sts.missing': named('mta-sts.missing', ['mta-sts-enforce.test', PARKED]),
  'mta-sts.multiple-records': named('mta-sts.multiple-records', [HEALTHY, 'mta-sts-enforce.test']),
  'mta-sts.record-invalid': named('mta-sts.record-invalid', [HEALTHY, 'mta-sts-enforce.test']),
  // No address for mta-sts.<domain>; the loopback hosts of the other cases are refused alike.
  'mta-sts.policy-unavailable': named('mta-sts.policy-unavailable', [HEALTHY, 'mta-sts-record-invalid.test']),
  'tls-rpt.missing': named('tls-rpt.missing', ['mta-sts-enforce.test', PARKED]),
  'tls-rpt.multiple-records': named('tls-rpt.multiple-records', [HEALTHY, 'mta-sts-enforce.test']),
  'tls-rpt.record-invalid': named('tls-rpt.record-invalid', [HEALTHY, 'mta-sts-enforce.test']),
  'bimi.multiple-records': named('bimi.multiple-records', [HEALTHY, 'bimi-logo-good.test']),
  'bimi.record-invalid': named('bimi.record-invalid', [HEALTHY, 'bimi-logo-good.test']),
  'bimi.dmarc-not-enforcing': named('bimi.dmarc-not-enforcing', [HEALTHY, 'bimi-logo-good.test']),
  'bimi.no-authority': named('bimi.no-authority', [HEALTHY, 'bimi-logo-good.test']),
  'bimi.logo-unavailable': named('bimi.logo-unavailable', [HEALTHY, 'bimi-record-invalid.test']),
  'dane.unusable-record': named('dane.unusable-record', [HEALTHY, 'dane-parameters-not-recommended.test']),
  'dane.parameters-not-recommended': named('dane.parameters-not-recommended', [
    HEALTHY,
    'dane-unusable-record.test',
  ]),
};

const FETCHED =
  'workers/transport-checks-scan.test.ts (the fixture zone on Knot and a loopback HTTPS server with a test CA)';

// Judging DNSSEC needs a validating resolver over a signed zone, and STARTTLS a live server: the
// fixture Knot is neither (and the CLI run here validates nothing and probes nothing).
const SIGNED = 'audit/dnssec/audit-dnssec.test.ts (Knot signing, Unbound validating: testing/dnssec/)';
const DANE = 'audit/dane/dane-end-to-end.test.ts (signed TLSA, Unbound, an SMTP server with a test CA)';
const SMTP = 'audit/starttls/audit-starttls.test.ts (SMTP servers on loopback, a test CA)';

/** Ids shown by another test, not by a fixture domain. */
export const COVERED_ELSEWHERE: Partial<Record<FindingId, string>> = {
  'dns.temporary-failure': 'cli/audit-dns-failure.test.ts (a fixture zone answers; it cannot fail honestly)',
  'dns.resolver-unreachable':
    'cli/audit-dns-failure.test.ts and audit/dns/circuit-breaker.test.ts (a dead resolver)',
  'dmarc.unapproved-source':
    'workers/dmarc-reports-scan.test.ts (DMARC reports, not DNS: raised by the scan of a domain with stored reports)',
  'mta-sts.policy-certificate': FETCHED,
  'mta-sts.policy-redirect': FETCHED,
  'mta-sts.policy-content-type': FETCHED,
  'mta-sts.policy-too-large': FETCHED,
  'mta-sts.policy-invalid': FETCHED,
  'mta-sts.mx-not-covered': FETCHED,
  'mta-sts.mode-testing': FETCHED,
  'mta-sts.mode-none': FETCHED,
  'mta-sts.max-age-short': FETCHED,
  'bimi.logo-certificate': FETCHED,
  'bimi.logo-redirect': FETCHED,
  'bimi.logo-too-large': FETCHED,
  'bimi.logo-not-tiny-ps': FETCHED,
  'dnssec.unsigned': SIGNED,
  'dnssec.bogus': SIGNED,
  'dnssec.mx-unsigned': SIGNED,
  'dnssec.mx-bogus': SIGNED,
  'dane.tlsa-bogus': DANE,
  'dane.tlsa-not-secure': DANE,
  'dane.no-usable-record': 'audit/dane/audit-dane.test.ts (a secure TLSA RRset of unusable records)',
  'dane.certificate-mismatch': DANE,
  'dane.missing': DANE,
  'starttls.not-offered': SMTP,
  'starttls.handshake-failed': 'audit/starttls/probe-smtp.test.ts (a server that breaks off the handshake)',
  'starttls.old-tls': 'audit/starttls/probe-smtp.test.ts (a server that speaks at most TLS 1.1)',
  'starttls.certificate-name-mismatch': SMTP,
  'starttls.certificate-untrusted': SMTP,
  'starttls.certificate-expired': SMTP,
  'starttls.probe-failed': SMTP,
};
