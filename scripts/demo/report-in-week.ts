import type { AuditReport } from '@/audit/report';
import type { AdoptionFlags } from '@/lib/history/adoption-flags';

/**
 * A domain's real report made to say what a week of its synthetic demo history says (backfill-
 * history.ts): each of SPF, valid SPF, DKIM, DMARC and enforcing DMARC the week lacks is taken
 * out, so the compliance profiles judge the demo's year as its adoption charts show it. Only ever
 * removes what the real report has; demo data, never a scan result.
 */
export function reportInWeek(report: AuditReport, week: AdoptionFlags): AuditReport {
  let out = report;
  if (week.dmarcPublished === false) out = withoutDmarc(out);
  else if (week.dmarcEnforcing === false) out = withDmarcNone(out);
  if (week.dkimPublished === false) out = { ...out, dkim: { ...out.dkim, keys: [] } };
  if (week.spfPublished === false) out = withoutSpf(out);
  else if (week.spfValid === false) out = withInvalidSpf(out);
  return out;
}

function withoutDmarc(report: AuditReport): AuditReport {
  const dmarc = { ...report.dmarc, record: null, records: [], source: null, policy: null, enforcing: false };
  return { ...report, dmarc, findings: report.findings.filter((f) => !f.id.startsWith('dmarc.')) };
}

// p=, sp= and np= all none: monitoring only, as a domain starting DMARC publishes it.
function withDmarcNone(report: AuditReport): AuditReport {
  const policy = report.dmarc.policy;
  if (policy === null) return report;
  const none = { ...policy, p: 'none', sp: 'none', np: 'none', effective: 'none' } as const;
  return { ...report, dmarc: { ...report.dmarc, policy: none, enforcing: false } };
}

function withoutSpf(report: AuditReport): AuditReport {
  const spf = {
    ...report.spf,
    record: null,
    records: [],
    tree: { ...report.spf.tree, error: 'missing' as const },
  };
  return { ...report, spf, findings: report.findings.filter((f) => !f.id.startsWith('spf.')) };
}

// An error-level SPF finding is what makes a record unusable (lib/history/adoption-flags.ts).
function withInvalidSpf(report: AuditReport): AuditReport {
  const finding = {
    id: 'spf.syntax-error',
    severity: 'error',
    rfc: 'RFC 7208 §4.6',
    message: 'SPF record has a syntax error (demo history)',
    evidence: {},
  } as const;
  return { ...report, findings: [...report.findings, finding] };
}
