import { describe, expect, it } from 'vitest';
import { detectDmarcNearMiss } from './detect-dmarc-near-miss';
import { isDmarcRecord } from './parse-dmarc-record';

const RUA = 'rua=mailto:dmarc@example.jp';

describe('detectDmarcNearMiss: records receivers discard (RFC 7489 §6.6.3)', () => {
  it.each([
    // [TXT data, problem, version as written, fix]
    [`p=reject; v=DMARC1; ${RUA}`, 'version-not-first', 'v=DMARC1', `v=DMARC1; p=reject; ${RUA}`],
    [`p=reject;v=DMARC1;${RUA};`, 'version-not-first', 'v=DMARC1', `v=DMARC1; p=reject; ${RUA}`],
    [`${RUA}; p=quarantine; v=dmarc1`, 'version-not-first', 'v=dmarc1', `v=DMARC1; ${RUA}; p=quarantine`],
    [` v=DMARC1; p=reject; ${RUA}`, 'leading-space', null, `v=DMARC1; p=reject; ${RUA}`],
    [`"v=DMARC1; p=reject; ${RUA}"`, 'quoted', null, `v=DMARC1; p=reject; ${RUA}`],
    ['“v=DMARC1; p=none”', 'quoted', null, 'v=DMARC1; p=none'],
    // DMARC1 is case-sensitive (RFC 7489 §6.4 ABNF, RFC 9989 §4.8 %s"DMARC1"); the tag name is not.
    ['v=dmarc1; p=none', 'version-malformed', 'v=dmarc1', 'v=DMARC1; p=none'],
    ['V=Dmarc1; p=reject', 'version-malformed', 'V=Dmarc1', 'v=DMARC1; p=reject'],
    ['v=DMARC12', 'version-malformed', 'v=DMARC12', 'v=DMARC1'],
    ['v=DMARC2; p=reject', 'version-malformed', 'v=DMARC2', 'v=DMARC1; p=reject'],
    ['v=DMARC 1; p=reject', 'version-malformed', 'v=DMARC 1', 'v=DMARC1; p=reject'],
    ['v=DMARC1.0; p=reject', 'version-malformed', 'v=DMARC1.0', 'v=DMARC1; p=reject'],
    ['v:DMARC1; p=reject', 'version-malformed', 'v:DMARC1', 'v=DMARC1; p=reject'],
    [`v=DMARC1 p=reject ${RUA}`, 'version-malformed', 'v=DMARC1', `v=DMARC1; p=reject; ${RUA}`],
    [`v=DMARC1, p=reject, ${RUA}`, 'version-malformed', 'v=DMARC1', `v=DMARC1; p=reject; ${RUA}`],
    [`DMARC1; p=reject; ${RUA}`, 'version-malformed', 'DMARC1', `v=DMARC1; p=reject; ${RUA}`],
    [`p=reject; ${RUA}`, 'version-missing', null, `v=DMARC1; p=reject; ${RUA}`],
    ['P = Quarantine; pct=50', 'version-missing', null, 'v=DMARC1; P = Quarantine; pct=50'],
  ])('%j: %s', (text, problem, version, fix) => {
    expect(isDmarcRecord(text), 'receivers must discard it').toBe(false);
    expect(detectDmarcNearMiss(text)).toEqual({ problem, version, fix });
  });

  it('gives no fix when the tags are no tag list or the policy cannot be read', () => {
    expect(detectDmarcNearMiss('p=reject; v=DMARC1; rua mailto:d@example.jp')?.fix).toBeNull();
    expect(detectDmarcNearMiss('p=reject; v=DMARC1; p=none')?.fix).toBeNull();
  });
});

describe('detectDmarcNearMiss: no false positives', () => {
  it.each([
    // Valid: the tag name is case-insensitive and white space may surround "=" and ";".
    `v=DMARC1; p=reject; ${RUA}`,
    'V=DMARC1;p=reject',
    'v = DMARC1 ; p = reject',
    'v=DMARC1',
    'v=DMARC1; p=reject; bogus=1', // unknown tags are ignored, not discarded
    // Records of other kinds that end up at _dmarc (a wildcard, a CNAME to the apex).
    'v=spf1 -all',
    'v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC',
    'google-site-verification=3Xq0bVbq6Jv7m9c0kH1s2Tn4Q8yZr5Lw1Ee2Pp3Aa4',
    'v=STSv1; id=20240101000000Z',
    'v=TLSRPTv1; rua=mailto:tls@example.jp',
    'v=BIMI1; l=https://example.jp/logo.svg',
    'dmarc-verification=abc',
    'p=MIGfMA0GCSqGSIb3DQEB',
    'some text that mentions p=reject',
    '',
    '  ',
  ])('%j', (text) => {
    expect(detectDmarcNearMiss(text)).toBeNull();
  });
});
