import { describe, expect, it } from 'vitest';
import { detectSpfNearMiss } from './detect-spf-near-miss';
import { isSpfRecord } from './parse-spf';

const INCLUDE = 'include:_spf.example.net';

describe('detectSpfNearMiss: records receivers discard (RFC 7208 §4.5)', () => {
  it.each([
    // [TXT data, problem, version as written, fix]
    [` v=spf1 ${INCLUDE} -all`, 'leading-space', null, `v=spf1 ${INCLUDE} -all`],
    [`\tv=spf1 -all`, 'leading-space', null, 'v=spf1 -all'],
    [`"v=spf1 ${INCLUDE} -all"`, 'quoted', null, `v=spf1 ${INCLUDE} -all`],
    ['“v=spf1 -all”', 'quoted', null, 'v=spf1 -all'],
    [' "v=spf1 -all"', 'quoted', null, 'v=spf1 -all'],
    // A zone file's several strings pasted into one: joined as the zone file would (§3.3).
    [`"v=spf1 ip4:192.0.2.1 " "${INCLUDE} -all"`, 'quoted', null, `v=spf1 ip4:192.0.2.1 ${INCLUDE} -all`],
    [`v=spf1.0 ${INCLUDE} -all`, 'version-malformed', 'v=spf1.0', `v=spf1 ${INCLUDE} -all`],
    ['v=spf10 -all', 'version-malformed', 'v=spf10', 'v=spf1 -all'],
    ['v=spf10', 'version-malformed', 'v=spf10', 'v=spf1'],
    ['v = spf1 -all', 'version-malformed', 'v = spf1', 'v=spf1 -all'],
    ['v:spf1 mx -all', 'version-malformed', 'v:spf1', 'v=spf1 mx -all'],
    ['v=spf1;ip4:192.0.2.1 -all', 'version-malformed', 'v=spf1;', 'v=spf1 ip4:192.0.2.1 -all'],
    ['v=spf1,mx -all', 'version-malformed', 'v=spf1,', 'v=spf1 mx -all'],
    ['v=spf1\t-all', 'version-malformed', 'v=spf1', 'v=spf1 -all'],
    ['v=spf1mx -all', 'version-malformed', 'v=spf1mx', 'v=spf1 mx -all'],
    [`v=spf1${INCLUDE} -all`, 'version-malformed', `v=spf1${INCLUDE}`, `v=spf1 ${INCLUDE} -all`],
    ['v=spf1foo -all', 'version-malformed', 'v=spf1foo', 'v=spf1 -all'],
    ['v=spf mx -all', 'version-malformed', 'v=spf', 'v=spf1 mx -all'],
    ['v=spf3 !a:example.net -all', 'version-malformed', 'v=spf3', null],
    [`spf1 ${INCLUDE} -all`, 'version-malformed', 'spf1', `v=spf1 ${INCLUDE} -all`],
    [`SPF1 ${INCLUDE} ~all`, 'version-malformed', 'SPF1', `v=spf1 ${INCLUDE} ~all`],
    [`${INCLUDE} v=spf1 -all`, 'version-not-first', 'v=spf1', `v=spf1 ${INCLUDE} -all`],
    [`ip4:192.0.2.0/24 -all V=SPF1`, 'version-not-first', 'V=SPF1', 'v=spf1 ip4:192.0.2.0/24 -all'],
    // A verification token pasted in front: the fix drops it (it belongs in a TXT record of its own).
    [`MS=ms12345678 v=spf1 ${INCLUDE} -all`, 'version-not-first', 'v=spf1', `v=spf1 ${INCLUDE} -all`],
    [`${INCLUDE} -all`, 'version-missing', null, `v=spf1 ${INCLUDE} -all`],
    [
      'ip4:192.0.2.0/24 ip6:2001:db8::/32 ~all',
      'version-missing',
      null,
      'v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 ~all',
    ],
    ['redirect=_spf.example.net', 'version-missing', null, 'v=spf1 redirect=_spf.example.net'],
  ])('%j: %s', (text, problem, version, fix) => {
    expect(isSpfRecord(text), 'receivers must discard it').toBe(false);
    expect(detectSpfNearMiss(text)).toEqual({ problem, version, fix });
  });

  it('gives no fix when the repaired record would itself be invalid', () => {
    expect(detectSpfNearMiss('"v=spf1 ipv4:192.0.2.1 -all"')).toEqual({
      problem: 'quoted',
      version: null,
      fix: null,
    });
    expect(detectSpfNearMiss('v=spf1.0 ip4:999.0.0.1 -all')?.fix).toBeNull();
  });
});

describe('detectSpfNearMiss: no false positives', () => {
  it.each([
    // Valid records, whatever their case (the version is case-insensitive, §4.5) or trailing space.
    'v=spf1 -all',
    'V=SPF1 -all',
    'v=Spf1 include:_spf.example.net ~all',
    'v=spf1',
    'v=spf1   ',
    'v=spf1 ipv4:192.0.2.1 -all', // valid version, invalid term: spf.syntax-error's business
    // Other TXT records that share a zone apex with SPF.
    'google-site-verification=3Xq0bVbq6Jv7m9c0kH1s2Tn4Q8yZr5Lw1Ee2Pp3Aa4',
    'MS=ms12345678',
    'facebook-domain-verification=abcdef0123456789',
    'apple-domain-verification=AbCdEf0123',
    'docusign=1b2c3d4e-0000-1111-2222-333344445555',
    'v=DMARC1; p=reject',
    'v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC',
    'v=STSv1; id=20240101000000Z',
    'v=TLSRPTv1; rua=mailto:tls@example.jp',
    // Sender ID (RFC 4406) is not SPF: its audit reports it.
    'spf2.0/mfrom,pra ip4:192.0.2.0/24 -all',
    'v=spf2.0/pra ip4:192.0.2.0/24 ~all',
    // Text that mentions SPF without being a record.
    'v=spfl am not an SPF record',
    'see v=spf1 docs',
    'spf is configured at the provider',
    // Lone terms are too little to call a policy.
    'a',
    'mx',
    '-all',
    'include:_spf.example.net',
    '',
    '   ',
    '""',
  ])('%j', (text) => {
    expect(detectSpfNearMiss(text)).toBeNull();
  });

  it('stays linear on hostile input', () => {
    // A linear scan takes about 0.2 s here; backtracking on these would take far longer. The bound
    // leaves room for a machine several times slower or busier, so load cannot flip the result.
    const long = `${'v= '.repeat(20_000)}spf`;
    const started = performance.now();
    detectSpfNearMiss(long);
    detectSpfNearMiss(`${' '.repeat(50_000)}x`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
