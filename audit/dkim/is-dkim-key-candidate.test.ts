import { describe, expect, it } from 'vitest';
import { isDkimKeyCandidate } from './is-dkim-key-candidate';
import { ed25519Key, rsaKey } from './testing/keys';

const RSA = rsaKey(2048);
const ED = ed25519Key();

describe('isDkimKeyCandidate', () => {
  it.each([
    `v=DKIM1; k=rsa; p=${RSA}`,
    `p=${RSA}`,
    'v=DKIM1; p=',
    'v=DKIM3; p=',
    ` v = DKIM1 ; k=ed25519; p=${ED}`, // white space around tags is allowed (RFC 6376 §3.2)
    // A misspelt version is still a key meant for verifiers, reported as dkim.key-invalid.
    `v=DKMI1; k=rsa; p=${RSA}`,
    `v=DIKM1; k=ed25519; p=${ED}`,
    `v=1; p=${RSA}`,
  ])('a key: %s', (text) => {
    expect(isDkimKeyCandidate(text)).toBe(true);
  });

  it.each([
    'v=spf1 -all',
    'v=DMARC1; p=reject',
    'v=DMARC1; p=none; rua=mailto:d@example.jp',
    'o=~; r=postmaster@example.jp', // a DomainKeys policy (RFC 4870) at _domainkey
    'dkim=all', // an ADSP record
    'google-site-verification=3Xq0bVbq6Jv7m9c0kH1s2Tn4Q8yZr5Lw1Ee2Pp3Aa4',
    '',
  ])('no key: %j', (text) => {
    expect(isDkimKeyCandidate(text)).toBe(false);
  });
});
