import { createHash } from 'node:crypto';
import type { DmarcAggregateReport, DmarcReportRecord } from '@/audit/dmarc-report/types';
import { addDays } from '@/lib/history/day-of';
import { randomFor } from '@/testing/seeded-random';

/**
 * One sender as the demo's receivers see it: where it sends from, how much a day, how it
 * authenticates. `approved` sources are marked expected senders by the seed, so the one that is not
 * stands out (and raises `dmarc.unapproved-source`).
 */
interface DemoSource {
  ip: string;
  perDay: number;
  /** Sends only on days whose index is a multiple of this (a forwarder now and then). */
  everyDays?: number;
  approved: boolean;
  envelopeFrom: (domain: string) => string;
  spf: 'pass' | 'fail' | 'softfail';
  /** The DKIM signature it makes: d= and selector, or none. */
  dkim: { domain: (domain: string) => string; selector: string; result: 'pass' | 'fail' } | null;
}

/**
 * The selector kensa-mail.test signs 検査省.test's mail with. It is in no selector dictionary
 * (audit/dkim/selectors.json), so only the reports reveal it; fixtures/zones/test.zone publishes a
 * key there, which the first demo scan then finds through the learned selector.
 */
export const DEMO_LEARNED_SELECTOR = 'kensa-2026q4';

const own = (domain: string) => domain;

export const DEMO_REPORT_DOMAINS: Record<string, DemoSource[]> = {
  'xn--5vvzyn73a.test': [
    {
      ip: '192.0.2.10',
      perDay: 150,
      approved: true,
      envelopeFrom: own,
      spf: 'pass',
      dkim: { domain: own, selector: 's1', result: 'pass' },
    },
    {
      ip: '198.51.100.25',
      perDay: 80,
      approved: true,
      envelopeFrom: own,
      spf: 'pass',
      dkim: { domain: own, selector: DEMO_LEARNED_SELECTOR, result: 'pass' },
    },
    {
      ip: '2001:db8:1::25',
      perDay: 12,
      approved: true,
      envelopeFrom: own,
      spf: 'pass',
      dkim: { domain: own, selector: DEMO_LEARNED_SELECTOR, result: 'pass' },
    },
    // A newsletter service someone signed up without telling IT: SPF passes for its own bounce
    // domain (not aligned with From:), its DKIM signs as itself — DMARC fails.
    {
      ip: '203.0.113.77',
      perDay: 35,
      approved: false,
      envelopeFrom: () => 'bounce.bulk-mailer.test',
      spf: 'pass',
      dkim: { domain: () => 'bulk-mailer.test', selector: 'bm1', result: 'pass' },
    },
  ],
  'healthy.test': [
    {
      ip: '203.0.113.5',
      perDay: 90,
      approved: true,
      envelopeFrom: own,
      spf: 'pass',
      dkim: { domain: own, selector: 'selector1', result: 'pass' },
    },
    {
      ip: '198.51.100.26',
      perDay: 40,
      approved: true,
      envelopeFrom: own,
      spf: 'pass',
      dkim: { domain: own, selector: 'selector2', result: 'pass' },
    },
    // A mailing list forwarding now and then: SPF fails at the forwarder, DKIM survives (aligned).
    {
      ip: '192.0.2.200',
      perDay: 1,
      everyDays: 5,
      approved: false,
      envelopeFrom: own,
      spf: 'fail',
      dkim: { domain: own, selector: 'selector1', result: 'pass' },
    },
  ],
};

interface DemoReporter {
  orgName: string;
  email: string;
  /** The part of a domain's mail that goes to this receiver's users. */
  share: number;
  /** Reports only every so many days (a small receiver). */
  everyDays: number;
}

const REPORTERS: DemoReporter[] = [
  { orgName: 'google.com', email: 'noreply-dmarc-support@google.com', share: 0.5, everyDays: 1 },
  { orgName: 'Outlook.com', email: 'dmarcreport@microsoft.com', share: 0.35, everyDays: 1 },
  { orgName: 'Yahoo', email: 'dmarchelp@yahooinc.com', share: 0.15, everyDays: 3 },
];

/** A stable number per text: the demo's report ids and random draws are the same on every machine. */
function seedOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/**
 * The demo's aggregate reports for the `days` whole UTC days before `today` (YYYY-MM-DD), as the
 * parser would hand them over: seeded, so the same day gives the same reports (and storing them
 * again is a duplicate). Policy as published in fixtures/zones/test.zone (both domains p=reject).
 */
export function demoDmarcReports(today: string, days: number): DmarcAggregateReport[] {
  const reports: DmarcAggregateReport[] = [];
  for (let d = days; d >= 1; d--) {
    const day = addDays(today, -d);
    const dayIndex = seedOf(day);
    for (const [domain, sources] of Object.entries(DEMO_REPORT_DOMAINS)) {
      for (const reporter of REPORTERS) {
        if (dayIndex % reporter.everyDays !== 0) continue;
        const random = randomFor(seedOf(`${domain}/${reporter.orgName}`), dayIndex % 100_000);
        const records = sources
          .filter((source) => dayIndex % (source.everyDays ?? 1) === 0)
          .map((source) => demoRecord(domain, source, reporter, random))
          .filter((record) => record.count > 0);
        reports.push({
          orgName: reporter.orgName,
          reportId: String(seedOf(`${reporter.orgName}/${domain}/${day}`)),
          policyDomain: domain,
          begin: `${day}T00:00:00Z`,
          end: `${day}T23:59:59Z`,
          policyPublished: {
            p: 'reject',
            sp: null,
            pct: 100,
            np: null,
            adkim: 'r',
            aspf: 'r',
            fo: null,
            testing: null,
            discoveryMethod: null,
          },
          records,
          messages: records.reduce((sum, record) => sum + record.count, 0),
          reporterEmail: reporter.email,
          extraContactInfo: null,
          errors: [],
          generator: null,
          namespace: null,
        });
      }
    }
  }
  return reports;
}

function demoRecord(
  domain: string,
  source: DemoSource,
  reporter: DemoReporter,
  random: () => number,
): DmarcReportRecord {
  const envelopeFrom = source.envelopeFrom(domain);
  const dkimDomain = source.dkim?.domain(domain) ?? null;
  // Relaxed alignment (adkim=r, aspf=r): the same domain or one below it (RFC 7489 §3.1).
  const aligned = (other: string) => other === domain || other.endsWith(`.${domain}`);
  const spfAligned = source.spf === 'pass' && aligned(envelopeFrom);
  const dkimAligned = source.dkim?.result === 'pass' && dkimDomain !== null && aligned(dkimDomain);
  // A trickle (the forwarder) reaches the largest receiver's users only: under 10 a month, so it
  // stays below dmarc.unapproved-source's threshold.
  const count =
    source.perDay < 5
      ? reporter === REPORTERS[0]
        ? source.perDay
        : 0
      : Math.round(source.perDay * reporter.share * (0.7 + 0.6 * random()));
  return {
    sourceIp: source.ip,
    count,
    disposition: spfAligned || dkimAligned ? 'none' : 'reject',
    dkimAligned: dkimAligned ? 'pass' : 'fail',
    spfAligned: spfAligned ? 'pass' : 'fail',
    headerFrom: domain,
    envelopeFrom,
    dkim:
      source.dkim && dkimDomain
        ? [{ domain: dkimDomain, selector: source.dkim.selector, result: source.dkim.result }]
        : [],
    spf: [{ domain: envelopeFrom, scope: 'mfrom', result: source.spf }],
    envelopeTo: null,
    reasons: [],
  };
}
