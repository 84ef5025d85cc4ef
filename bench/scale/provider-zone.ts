/**
 * The shared "providers" of the synthetic domains, all in one zone: two large mail hosts (one like
 * Microsoft 365, one like Google Workspace, with nested SPF includes), a bulk sender, a provider whose
 * SPF tree exceeds the 10-lookup limit of RFC 7208 §4.6.4, shared DKIM keys that customers CNAME to,
 * and three DMARC report receivers: one authorizes every domain (wildcard, RFC 7489 §7.1), one only
 * the domains listed one by one, one none.
 */
import { RSA_2048_KEYS } from './dkim-keys';
import { record, txt, zoneHead } from './zone-text';

export const PROVIDER_ZONE = 'kensa-provider';
const P = PROVIDER_ZONE;

export const PROVIDER = {
  mailA: {
    spf: `spf.protection.mail-a.${P}`,
    mx: [`10 mx1.mail-a.${P}.`, `20 mx2.mail-a.${P}.`],
    dkimTarget: (selector: string) => `${selector}._domainkey.mail-a.${P}`,
  },
  mailB: {
    spf: `_spf.mail-b.${P}`,
    mx: [`1 aspmx.mail-b.${P}.`, `5 alt1.aspmx.mail-b.${P}.`],
  },
  bulk: { spf: `sendgrid.bulk-c.${P}` },
  heavy: { spf: `_spf.heavy-d.${P}` },
  gone: { spf: `spf.gone-e.${P}` },
  reports: {
    wildcard: `reports.dmarc-x.${P}`,
    listed: `reports.dmarc-y.${P}`,
    none: `reports.dmarc-z.${P}`,
  },
} as const;

const ip4s = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `ip4:${prefix}.${i * 4}/30`).join(' ');

/** Text of kensa-provider.zone; `authorized` are the domains dmarc-y lists one by one. */
export function providerZone(authorized: readonly string[]): string {
  const heavyIncludes = Array.from({ length: 6 }, (_, i) => `include:h${i}.heavy-d.${P}`).join(' ');
  const lines = [
    txt(PROVIDER.mailA.spf, `v=spf1 ip4:198.51.100.0/24 include:spfd.protection.mail-a.${P} -all`),
    txt(`spfd.protection.mail-a.${P}`, `v=spf1 ${ip4s('203.0.113', 12)} -all`),
    record(`mx1.mail-a.${P}`, 'A', '192.0.2.25'),
    record(`mx2.mail-a.${P}`, 'A', '192.0.2.26'),
    txt(PROVIDER.mailA.dkimTarget('selector1'), `v=DKIM1; k=rsa; p=${RSA_2048_KEYS[0]}`),
    txt(PROVIDER.mailA.dkimTarget('selector2'), `v=DKIM1; k=rsa; p=${RSA_2048_KEYS[1]}`),
    txt(
      PROVIDER.mailB.spf,
      `v=spf1 include:_netblocks.mail-b.${P} include:_netblocks2.mail-b.${P} include:_netblocks3.mail-b.${P} ~all`,
    ),
    txt(`_netblocks.mail-b.${P}`, `v=spf1 ${ip4s('198.18.0', 12)} ~all`),
    txt(`_netblocks2.mail-b.${P}`, 'v=spf1 ip6:2001:db8:1::/48 ip6:2001:db8:2::/48 ~all'),
    txt(`_netblocks3.mail-b.${P}`, `v=spf1 ${ip4s('198.18.1', 8)} ~all`),
    record(`aspmx.mail-b.${P}`, 'A', '192.0.2.35'),
    record(`alt1.aspmx.mail-b.${P}`, 'A', '192.0.2.36'),
    txt(PROVIDER.bulk.spf, 'v=spf1 ip4:192.0.2.64/27 ~all'),
    txt(PROVIDER.heavy.spf, `v=spf1 ${heavyIncludes} -all`),
    ...Array.from({ length: 6 }, (_, i) =>
      txt(`h${i}.heavy-d.${P}`, `v=spf1 a:h${i}.heavy-d.${P} mx:h${i}.heavy-d.${P} -all`),
    ),
    ...Array.from({ length: 6 }, (_, i) => record(`h${i}.heavy-d.${P}`, 'A', `192.0.2.${100 + i}`)),
    txt(`*._report._dmarc.${PROVIDER.reports.wildcard}`, 'v=DMARC1'),
    record(PROVIDER.reports.wildcard, 'A', '192.0.2.80'),
    record(PROVIDER.reports.listed, 'A', '192.0.2.81'),
    record(PROVIDER.reports.none, 'A', '192.0.2.82'),
    ...authorized.map((domain) => txt(`${domain}._report._dmarc.${PROVIDER.reports.listed}`, 'v=DMARC1')),
  ];
  return `${zoneHead(P)}${lines.join('\n')}\n`;
}
