/**
 * Synthetic domain number `index`: its name under a fictional TLD (`kensa-scale-NN`, 10,000 domains per
 * zone), what it publishes, and how it is registered. Drawn from (seed, index) alone, so the first
 * 1,000 domains of a 100,000-domain set are the 1,000-domain set. The mix follows what public surveys
 * of government and corporate domains show: SPF nearly everywhere, DMARC on most, mostly p=none,
 * DKIM on few (findable only at guessable selectors), a few parked and legacy records.
 */
import { normalizeDomain } from '../../audit/domain-name';
import { randomFor } from '../../testing/seeded-random';
import { ED25519_KEYS, RSA_1024_KEY, RSA_2048_KEYS } from './dkim-keys';
import { PROVIDER } from './provider-zone';
import { pickWeighted, record, txt } from './zone-text';

export const DOMAINS_PER_ZONE = 10_000;
export const DEFAULT_SEED = 20_260_401;

export interface SyntheticDomain {
  ascii: string;
  unicode: string;
  /** Its zone (a fictional TLD). */
  zone: string;
  /** Registered as parked by its owner. */
  parked: boolean;
  /** DKIM selectors registered with the domain (ones the dictionary would not guess). */
  selectors: string[];
  /** Zone file lines. */
  records: string[];
  /** dmarc-y lists this domain as authorized to receive its reports. */
  reportAuthorized: boolean;
}

export function zoneOf(index: number): string {
  return `kensa-scale-${String(Math.floor(index / DOMAINS_PER_ZONE)).padStart(2, '0')}`;
}

function nameOf(index: number): { ascii: string; unicode: string } {
  const label = String(index).padStart(6, '0');
  // About 1 in 100 is an internationalized name, stored and queried as its A-label.
  const input = index % 97 === 13 ? `検査${label}.${zoneOf(index)}` : `d${label}.${zoneOf(index)}`;
  const name = normalizeDomain(input);
  if (!name.ok) throw new Error(`synthetic name ${input}: ${name.error}`);
  return { ascii: name.ascii, unicode: name.unicode };
}

export function syntheticDomain(index: number, seed = DEFAULT_SEED): SyntheticDomain {
  const random = randomFor(seed, index);
  const { ascii, unicode } = nameOf(index);
  const domain: SyntheticDomain = {
    ascii,
    unicode,
    zone: zoneOf(index),
    parked: false,
    selectors: [],
    records: [],
    reportAuthorized: false,
  };
  if (random() < 0.05) return parkedDomain(domain, random);
  const mail = pickWeighted(random, { mailA: 35, mailB: 25, own: 25, none: 15 });
  domain.records.push(record(ascii, 'A', `192.0.2.${1 + (index % 250)}`));
  domain.parked = random() < 0.005; // registered as parked, yet it has mail records
  if (mail === 'mailA') domain.records.push(...PROVIDER.mailA.mx.map((mx) => record(ascii, 'MX', mx)));
  if (mail === 'mailB') domain.records.push(...PROVIDER.mailB.mx.map((mx) => record(ascii, 'MX', mx)));
  if (mail === 'own') {
    domain.records.push(record(ascii, 'MX', `10 mail.${ascii}.`), record(`mail.${ascii}`, 'A', '192.0.2.10'));
  }
  if (random() < 0.9) domain.records.push(...spfRecords(ascii, mail, random));
  if (random() < 0.02) domain.records.push(txt(ascii, `spf2.0/${random() < 0.5 ? 'pra' : 'mfrom,pra'} ~all`));
  if (random() < 0.6) domain.records.push(dmarcRecord(domain, random));
  if (random() < 0.15) domain.records.push(...dkimRecords(domain, mail, random));
  if (random() < 0.01) {
    const practice = pickWeighted(random, { all: 2, discardable: 1, unknown: 1 });
    domain.records.push(txt(`_adsp._domainkey.${ascii}`, `dkim=${practice}`));
  }
  return domain;
}

function parkedDomain(domain: SyntheticDomain, random: () => number): SyntheticDomain {
  const { ascii } = domain;
  domain.parked = random() < 0.5;
  domain.records.push(record(ascii, 'MX', '0 .'));
  if (random() < 0.5) domain.records.push(record(ascii, 'A', '192.0.2.250'));
  if (random() < 0.9) domain.records.push(txt(ascii, 'v=spf1 -all'));
  if (random() < 0.7)
    domain.records.push(txt(`_dmarc.${ascii}`, 'v=DMARC1; p=reject; sp=reject; adkim=s; aspf=s'));
  if (random() < 0.4) domain.records.push(txt(`*._domainkey.${ascii}`, 'v=DKIM1; p='));
  return domain;
}

type Mail = 'mailA' | 'mailB' | 'own' | 'none';

function spfRecords(ascii: string, mail: Mail, random: () => number): string[] {
  const base = {
    mailA: `include:${PROVIDER.mailA.spf}`,
    mailB: `include:${PROVIDER.mailB.spf}`,
    own: `ip4:192.0.2.${Math.floor(random() * 250)} mx`,
    none: 'a',
  }[mail];
  const variant = pickWeighted(random, {
    plain: 70,
    bulk: 6,
    plusAll: 2,
    neutral: 3,
    syntax: 2,
    twoRecords: 2,
    gone: 2,
    heavy: 2,
    redirect: 3,
    long: 3,
    softfail: 5,
  });
  switch (variant) {
    case 'bulk':
      return [txt(ascii, `v=spf1 ${base} include:${PROVIDER.bulk.spf} -all`)];
    case 'plusAll':
      return [txt(ascii, `v=spf1 ${base} +all`)];
    case 'neutral':
      return [txt(ascii, `v=spf1 ${base} ?all`)];
    case 'syntax':
      return [txt(ascii, `v=spf1 ip4:192.0.2.300 ${base} include: -all`)];
    case 'twoRecords':
      return [txt(ascii, `v=spf1 ${base} -all`), txt(ascii, 'v=spf1 ip4:192.0.2.1 ~all')];
    case 'gone':
      return [txt(ascii, `v=spf1 ${base} include:${PROVIDER.gone.spf} -all`)];
    case 'heavy':
      return [txt(ascii, `v=spf1 include:${PROVIDER.heavy.spf} ${base} -all`)];
    case 'redirect':
      return [txt(ascii, `v=spf1 redirect=${mail === 'mailB' ? PROVIDER.mailB.spf : PROVIDER.mailA.spf}`)];
    case 'long': {
      const nets = Array.from({ length: 24 }, (_, i) => `ip4:198.51.${i}.0/24`).join(' ');
      return [txt(ascii, `v=spf1 ${nets} ${base} -all`)];
    }
    case 'softfail':
      return [txt(ascii, `v=spf1 ${base} ~all`)];
    default:
      return [txt(ascii, `v=spf1 ${base} -all`)];
  }
}

function dmarcRecord(domain: SyntheticDomain, random: () => number): string {
  const { ascii } = domain;
  if (random() < 0.03) return txt(`_dmarc.${ascii}`, 'v=DMARC1; p=monitor; rua=dmarc@');
  const policy = pickWeighted(random, { none: 50, quarantine: 25, reject: 25 });
  const rua = pickWeighted(random, { own: 50, wildcard: 20, listed: 10, unlisted: 10, absent: 10 });
  if (rua === 'listed') domain.reportAuthorized = random() < 0.6;
  const target = {
    own: `; rua=mailto:dmarc@${ascii}`,
    wildcard: `; rua=mailto:rua@${PROVIDER.reports.wildcard}`,
    listed: `; rua=mailto:rua@${PROVIDER.reports.listed}`,
    unlisted: `; rua=mailto:rua@${PROVIDER.reports.none}`,
    absent: '',
  }[rua];
  const pct = policy !== 'none' && random() < 0.15 ? '; pct=50' : '';
  return txt(`_dmarc.${ascii}`, `v=DMARC1; p=${policy}${target}${pct}`);
}

function dkimRecords(domain: SyntheticDomain, mail: Mail, random: () => number): string[] {
  const { ascii } = domain;
  const rsa = RSA_2048_KEYS[Math.floor(random() * RSA_2048_KEYS.length)] as string;
  const key = (name: string, value: string) => txt(`${name}._domainkey.${ascii}`, value);
  if (mail === 'mailA') {
    return ['selector1', 'selector2'].map((s) =>
      record(`${s}._domainkey.${ascii}`, 'CNAME', `${PROVIDER.mailA.dkimTarget(s)}.`),
    );
  }
  if (mail === 'mailB') return [key('google', `v=DKIM1; k=rsa; p=${rsa}`)];
  const kind = pickWeighted(random, { s1: 3, k1: 3, ed25519: 1, weak: 1, revoked: 1, custom: 1 });
  switch (kind) {
    case 's1':
      return [key('s1', `k=rsa; p=${rsa}`), key('s2', `k=rsa; p=${rsa}`)];
    case 'k1':
      return [key('k1', `v=DKIM1; k=rsa; p=${rsa}`)];
    case 'ed25519':
      return [
        key('default', `v=DKIM1; k=ed25519; p=${ED25519_KEYS[index2(random)]}`),
        key('dkim', `v=DKIM1; p=${rsa}`),
      ];
    case 'weak':
      return [key('default', `v=DKIM1; k=rsa; p=${RSA_1024_KEY}`)];
    case 'revoked':
      return [key('selector1', 'v=DKIM1; k=rsa; p='), key('selector2', `v=DKIM1; k=rsa; t=y; p=${rsa}`)];
    default:
      // A date-stamped selector no dictionary guesses: found only because it is registered.
      domain.selectors = ['mc20240101'];
      return [key('mc20240101', `v=DKIM1; k=rsa; p=${rsa}`)];
  }
}

function index2(random: () => number): 0 | 1 {
  return random() < 0.5 ? 0 : 1;
}
