import type { DmarcAggregateReport } from '../audit/dmarc-report/types';

/**
 * A report in the shape of issue 14's CLI contract, exactly those keys in that order. An absent
 * `sp` prints `p`: RFC 7489 §6.3 applies `p` to subdomains when `sp` is absent, so the policy a
 * subdomain got is always a value; `pct` and `np` stay null when absent (their defaults, 100 and
 * "sp, else p", are RFC defaults too, but the contract gives them null).
 */
export function dmarcReportJson(report: DmarcAggregateReport) {
  const { p, sp, pct, np } = report.policyPublished;
  return {
    orgName: report.orgName,
    reportId: report.reportId,
    policyDomain: report.policyDomain,
    begin: report.begin,
    end: report.end,
    policyPublished: { p, sp: sp ?? p, pct, np },
    records: report.records.map((record) => ({
      sourceIp: record.sourceIp,
      count: record.count,
      disposition: record.disposition,
      dkimAligned: record.dkimAligned,
      spfAligned: record.spfAligned,
      headerFrom: record.headerFrom,
      envelopeFrom: record.envelopeFrom,
      dkim: record.dkim.map(({ domain, selector, result }) => ({ domain, selector, result })),
      spf: record.spf.map(({ domain, scope, result }) => ({ domain, scope, result })),
    })),
    messages: report.messages,
  };
}
