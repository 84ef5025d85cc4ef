/**
 * The DNSSEC cases the audit tests share (the demo has its own, demo-dnssec-cases.ts): under the
 * trust anchor `sec.test`, a secure child, an insecure delegation, a bogus child (its DS matches no
 * key) and a secure domain whose MX hosts live in the others. `tlsa`: extra records per child, e.g.
 * TLSA made from a test certificate.
 */
import type { SignedDnsSpec } from './signed-dns';

export function dnssecCases(tlsa: Partial<Record<'good' | 'plain' | 'broken', string>> = {}): SignedDnsSpec {
  const mailZone = (extra = '') => `@ MX 10 mx\nmx A 127.0.0.1\n${extra}`;
  return {
    anchor: { name: 'sec.test', records: mailZone() },
    children: [
      { name: 'good.sec.test', kind: 'secure', records: mailZone(tlsa.good) },
      { name: 'plain.sec.test', kind: 'insecure', records: mailZone(tlsa.plain) },
      { name: 'broken.sec.test', kind: 'bogus', records: mailZone(tlsa.broken) },
      {
        name: 'mixed.sec.test',
        kind: 'secure',
        records: '@ MX 10 mx.good.sec.test.\n@ MX 20 mx.plain.sec.test.\n@ MX 30 mx.broken.sec.test.',
      },
    ],
  };
}
