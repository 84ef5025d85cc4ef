/**
 * For tests: the transport and brand sections of a report (issue 15) as their checks would write
 * them, so the metric plumbing can be tested without the checks. Each starts complete and adopted.
 */
import type { BimiAudit } from '@/audit/bimi/types';
import type { DaneAudit, DaneHost } from '@/audit/dane/types';
import type { DnssecAudit } from '@/audit/dnssec/types';
import type { Finding } from '@/audit/findings/types';
import type { MtaStsAudit } from '@/audit/mta-sts/types';
import type { StarttlsAudit, StarttlsOutcome } from '@/audit/starttls/types';
import type { TlsRptAudit } from '@/audit/tls-rpt/types';

const none = { findings: [] as Finding[], temporaryFailures: [] };

/** An error-level finding of `id`, as the checks' catalog entries would produce. */
export const errorFinding = (id: string): Finding => ({
  id,
  severity: 'error',
  rfc: '',
  message: id,
  evidence: {},
});

export const mtaSts = (over: Partial<MtaStsAudit> = {}): MtaStsAudit => ({
  status: 'complete',
  record: { raw: 'v=STSv1; id=20261210', id: '20261210' },
  policy: { mode: 'enforce', mx: ['mx.example.test'], maxAge: 604800 },
  uncoveredMx: [],
  fetch: 'fetched',
  ...none,
  ...over,
});

export const tlsRpt = (over: Partial<TlsRptAudit> = {}): TlsRptAudit => ({
  status: 'complete',
  record: { raw: 'v=TLSRPTv1; rua=mailto:tls@example.test', rua: ['mailto:tls@example.test'] },
  ...none,
  ...over,
});

export const bimi = (over: Partial<BimiAudit> = {}): BimiAudit => ({
  status: 'complete',
  record: {
    raw: 'v=BIMI1; l=https://example.test/logo.svg',
    location: 'https://example.test/logo.svg',
    authority: null,
  },
  logoValid: true,
  dmarcEligible: true,
  fetch: 'fetched',
  ...none,
  ...over,
});

export const dnssec = (over: Partial<DnssecAudit> = {}): DnssecAudit => ({
  status: 'complete',
  domain: 'secure',
  mxHosts: [{ host: 'mx.example.test', state: 'secure' }],
  ...none,
  ...over,
});

export const daneHost = (usable: boolean | null, host = 'mx.example.test'): DaneHost => ({
  host,
  dnssec: usable === null ? 'unknown' : 'secure',
  tlsa: usable ? [{ usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) }] : [],
  usable,
  certificateMatches: null,
});

export const dane = (over: Partial<DaneAudit> = {}): DaneAudit => ({
  status: 'complete',
  hosts: [daneHost(true)],
  ...none,
  ...over,
});

export const starttls = (
  outcomes: StarttlsOutcome[] = ['tls'],
  status: StarttlsAudit['status'] = 'complete',
): StarttlsAudit => ({
  status,
  hosts: outcomes.map((outcome, i) => ({ host: `mx${i}.example.test`, outcome })),
  findings: [],
});

/** Every section, each adopted: a domain that does everything issue 15 measures. */
export const allTransportSections = () => ({
  mtaSts: mtaSts(),
  tlsRpt: tlsRpt(),
  bimi: bimi(),
  dnssec: dnssec(),
  dane: dane(),
  starttls: starttls(),
});
