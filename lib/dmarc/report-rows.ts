import type { DmarcAggregateReport, DmarcReportRecord } from '@/audit/dmarc-report/types';
import { normalizeDomain } from '@/audit/domain-name';
import { formatIp, parseClientIp } from '@/audit/spf/ip-address';
import { dkimSelector } from '@/lib/import/import-row';
import { recognizeProvider } from './sending-providers';
import { daysOfRange, spreadCount } from './spread-over-days';

/** One record as stored (dmarc_records). */
export interface RecordRow {
  sourceIp: string;
  count: number;
  disposition: string;
  dkimAligned: boolean;
  spfAligned: boolean;
  dkimAuthPass: boolean;
  spfAuthPass: boolean;
  headerFrom: string;
  envelopeFrom: string | null;
  envelopeTo: string | null;
  dkim: string;
  spf: string;
  reasons: string;
  provider: string | null;
}

/** A report's messages on one calendar day (dmarc_report_days). */
export interface DayRow {
  day: string;
  pass: number;
  fail: number;
  quarantined: number;
  rejected: number;
}

/** Selectors learned from one report are capped: a forged report must not make scans probe thousands. */
export const MAX_SELECTORS_PER_REPORT = 50;

/** The address in one spelling (RFC 5952 for IPv6; a mapped IPv4 as IPv4), so approvals match. */
export function canonicalIp(text: string): string {
  const address = parseClientIp(text.trim());
  return address === null ? text.trim().toLowerCase() : formatIp(address);
}

/** RFC 7489 §4.2: a message passes DMARC when DKIM or SPF passed and is aligned. */
export function passesDmarc(record: Pick<DmarcReportRecord, 'dkimAligned' | 'spfAligned'>): boolean {
  return record.dkimAligned === 'pass' || record.spfAligned === 'pass';
}

export function recordRows(report: DmarcAggregateReport): RecordRow[] {
  return report.records.map((record) => {
    const spfDomains = [...record.spf.map((spf) => spf.domain), record.envelopeFrom];
    return {
      sourceIp: canonicalIp(record.sourceIp),
      count: record.count,
      disposition: record.disposition,
      dkimAligned: record.dkimAligned === 'pass',
      spfAligned: record.spfAligned === 'pass',
      dkimAuthPass: record.dkim.some((dkim) => dkim.result === 'pass'),
      spfAuthPass: record.spf.some((spf) => spf.result === 'pass'),
      headerFrom: record.headerFrom,
      envelopeFrom: record.envelopeFrom,
      envelopeTo: record.envelopeTo,
      dkim: JSON.stringify(record.dkim),
      spf: JSON.stringify(record.spf),
      reasons: JSON.stringify(record.reasons),
      provider: spfDomains.map(recognizeProvider).find((provider) => provider !== null)?.id ?? null,
    };
  });
}

/** The report's pass/fail (and what was done with failing mail) spread over the days of its range. */
export function dayRows(report: DmarcAggregateReport, timeZone: string): DayRow[] {
  const totals = { pass: 0, fail: 0, quarantined: 0, rejected: 0 };
  for (const record of report.records) {
    if (passesDmarc(record)) totals.pass += record.count;
    else {
      totals.fail += record.count;
      if (record.disposition === 'quarantine') totals.quarantined += record.count;
      if (record.disposition === 'reject') totals.rejected += record.count;
    }
  }
  const shares = daysOfRange(new Date(report.begin), new Date(report.end), timeZone);
  const spread = Object.fromEntries(
    Object.entries(totals).map(([key, count]) => [key, spreadCount(count, shares)]),
  ) as Record<keyof typeof totals, number[]>;
  return shares.map((share, i) => ({
    day: share.day,
    pass: spread.pass[i] ?? 0,
    fail: spread.fail[i] ?? 0,
    quarantined: spread.quarantined[i] ?? 0,
    rejected: spread.rejected[i] ?? 0,
  }));
}

/**
 * DKIM selectors the report shows signing as the policy domain or a name below it (`auth_results/
 * dkim`, RFC 7489 Appendix C), valid as selectors (RFC 6376 §3.1); a third party's own signatures
 * (d=sendgrid.net) teach nothing about our domains' keys.
 */
export function learnedSelectors(report: DmarcAggregateReport): Array<{ domain: string; selector: string }> {
  const found = new Map<string, { domain: string; selector: string }>();
  for (const record of report.records) {
    for (const dkim of record.dkim) {
      if (dkim.selector === null) continue;
      const name = normalizeDomain(dkim.domain);
      const selector = dkimSelector.safeParse(dkim.selector.trim());
      if (!name.ok || !selector.success) continue;
      const domain = name.ascii;
      if (domain !== report.policyDomain && !domain.endsWith(`.${report.policyDomain}`)) continue;
      found.set(`${domain} ${selector.data}`, { domain, selector: selector.data });
      if (found.size >= MAX_SELECTORS_PER_REPORT) return [...found.values()];
    }
  }
  return [...found.values()];
}
