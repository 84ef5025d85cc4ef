/** For lib/dmarc's tests: parsed aggregate reports as the parser would hand them over. */
import type { DmarcAggregateReport, DmarcReportRecord } from '@/audit/dmarc-report/types';

export function sampleRecord(overrides: Partial<DmarcReportRecord> = {}): DmarcReportRecord {
  return {
    sourceIp: '203.0.113.5',
    count: 10,
    disposition: 'none',
    dkimAligned: 'pass',
    spfAligned: 'pass',
    headerFrom: 'reports.test',
    envelopeFrom: 'reports.test',
    dkim: [{ domain: 'reports.test', selector: 's1', result: 'pass' }],
    spf: [{ domain: 'reports.test', scope: 'mfrom', result: 'pass' }],
    envelopeTo: null,
    reasons: [],
    ...overrides,
  };
}

/** A one-day report (00:00–23:59:59 UTC, as most reporters send) for `policyDomain`. */
export function sampleReport(
  overrides: Partial<DmarcAggregateReport> = {},
  records: DmarcReportRecord[] = [sampleRecord()],
): DmarcAggregateReport {
  return {
    orgName: 'receiver.example',
    reportId: 'r-1',
    policyDomain: 'reports.test',
    begin: '2026-11-30T00:00:00Z',
    end: '2026-11-30T23:59:59Z',
    policyPublished: {
      p: 'none',
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
    reporterEmail: 'noreply-dmarc@receiver.example',
    extraContactInfo: null,
    errors: [],
    generator: null,
    namespace: null,
    ...overrides,
  };
}
