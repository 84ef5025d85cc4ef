/**
 * The demo's DNSSEC cases (`npm run demo`, demo-resolver-daemon.ts): the signed parent `dnssec.test`,
 * the demo's trust anchor, and four demo domains delegated from it, each a complete mail domain
 * (MX, SPF, DMARC, DKIM through the provider) so that only DNSSEC and DANE tell them apart:
 *
 * - secure.dnssec.test: signed with its DS at the parent, a "3 1 1" TLSA at `_25._tcp` of its MX
 *   (DANE on MX; no server presents the key, and SMTP probing is off in the demo);
 * - insecure.dnssec.test: delegated without DS (provably unsigned);
 * - bogus.dnssec.test: its DS matches no key, so validating resolvers answer SERVFAIL for it;
 * - mixed.dnssec.test: signed, but one of its MX hosts is in the unsigned zone (no DANE).
 */
import type { SignedDnsSpec } from './signed-dns';

/** A digest no server presents; any 32 octets make a usable "3 1 1" record (RFC 7672 §3.1). */
const TLSA_DIGEST = '58a3ff3edbc1c78ca3c7379cc8a90c3b896d635ccc72fea6f5b6c6d37d69fe42';

function mailDomain(name: string, mx: string[], extra: string[] = []): string {
  return [
    ...mx,
    '@ TXT "v=spf1 mx -all"',
    `_dmarc TXT "v=DMARC1; p=reject; rua=mailto:dmarc@${name}"`,
    'selector1._domainkey CNAME selector1._domainkey.kensa-mail.test.',
    ...extra,
  ].join('\n');
}

const ownMx = (address: string) => ['@ MX 10 mx', `mx A ${address}`];

export const DEMO_DNSSEC_CASES: SignedDnsSpec = {
  anchor: { name: 'dnssec.test', records: '' },
  children: [
    {
      name: 'secure.dnssec.test',
      kind: 'secure',
      records: mailDomain('secure.dnssec.test', ownMx('203.0.113.231'), [
        `_25._tcp.mx TLSA 3 1 1 ${TLSA_DIGEST}`,
      ]),
    },
    {
      name: 'insecure.dnssec.test',
      kind: 'insecure',
      records: mailDomain('insecure.dnssec.test', ownMx('203.0.113.232')),
    },
    {
      name: 'bogus.dnssec.test',
      kind: 'bogus',
      records: mailDomain('bogus.dnssec.test', ownMx('203.0.113.233')),
    },
    {
      name: 'mixed.dnssec.test',
      kind: 'secure',
      records: mailDomain('mixed.dnssec.test', [
        '@ MX 10 mx.secure.dnssec.test.',
        '@ MX 20 mx.insecure.dnssec.test.',
      ]),
    },
  ],
};
