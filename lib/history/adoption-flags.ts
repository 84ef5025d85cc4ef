import type { AuditReport } from '@/audit/report';
import { TRANSPORT_METRICS, transportAdoptionFlags } from './transport-adoption-flags';

/** The adoption metrics, in display order; also the column names (camelCase) of the history tables. */
export const ADOPTION_METRICS = [
  'spfPublished',
  'spfValid',
  'dkimPublished',
  'dmarcPublished',
  'dmarcEnforcing',
  'adspPublished',
  'senderIdPublished',
  'nullMx',
  // The transport and brand checks (issue 15): unknown in reports stored before them.
  ...TRANSPORT_METRICS,
] as const;

export type AdoptionMetric = (typeof ADOPTION_METRICS)[number];

/** true = adopted, false = proven not adopted, null = unknown (a lookup it depends on failed). */
export type AdoptionFlags = Record<AdoptionMetric, boolean | null>;

/** Every metric unknown: what a failed scan (no report) says. */
export const UNKNOWN_FLAGS: AdoptionFlags = Object.fromEntries(
  ADOPTION_METRICS.map((metric) => [metric, null]),
) as AdoptionFlags;

/**
 * Flattens a report into adoption flags. A function of the report alone, never of its per-scan
 * fields (checkedAt, queries): the flags are stored once per report body (scan_reports, written
 * with the body and never again), so a release that changes how a report is flattened re-flattens
 * the stored bodies in its migration, or a rescan that finds an existing body lists its old flags.
 * A complete report yields no null for the SPF…Null MX
 * metrics (the transport ones may be unknown: a check switched off or a section absent); in a partial one each
 * metric is judged on what was read: a positive answer stands (a usable DKIM key found while other
 * selectors timed out is still published), a negative one only when no lookup it needs failed.
 */
export function adoptionFlags(report: AuditReport): AdoptionFlags {
  const spfPublished = spfPublishedOf(report);
  return {
    spfPublished,
    spfValid: spfValidOf(report, spfPublished),
    dkimPublished: dkimPublishedOf(report),
    dmarcPublished: report.dmarc.record !== null ? true : known(report.dmarc.status, false),
    dmarcEnforcing: dmarcEnforcingOf(report),
    adspPublished: report.adsp.record !== null ? true : known(report.adsp.status, false),
    senderIdPublished: report.senderId.records.length > 0 ? true : known(report.senderId.status, false),
    nullMx: report.mx.nullMx ? true : known(report.mx.status, false),
    ...transportAdoptionFlags(report),
  };
}

function known(status: 'complete' | 'partial', value: boolean): boolean | null {
  return status === 'complete' ? value : null;
}

// Published means at least one v=spf1 TXT record at the domain, even several (that is spf.multiple-
// records, judged by spfValid). A failure below the root (an include) does not hide the root's answer.
function spfPublishedOf({ spf }: AuditReport): boolean | null {
  if (spf.records.length > 0) return true;
  if (spf.tree.error === 'missing') return false;
  return known(spf.status, false);
}

// RFC 7208 §4.6: any error-level finding (permerror, lookup limits, +all) makes the record unusable.
// An error already read stands; its absence proves nothing while part of the tree is unknown.
function spfValidOf(report: AuditReport, published: boolean | null): boolean | null {
  if (published !== true) return published;
  const error = report.findings.some((f) => f.id.startsWith('spf.') && f.severity === 'error');
  if (error) return false;
  return known(report.spf.status, true);
}

// A usable key: verifiers can use it (no errors) and it is not revoked (empty p=, RFC 6376 §3.6.1).
function dkimPublishedOf({ dkim }: AuditReport): boolean | null {
  if (dkim.keys.some((key) => key.errors.length === 0 && !key.revoked)) return true;
  return known(dkim.status, false);
}

/**
 * Enforcing as DmarcAudit.enforcing says, except when the policy is inherited and the lookups that
 * decide between sp= and np= (does the domain exist?) failed: then it is unknown unless both agree.
 */
function dmarcEnforcingOf({ dmarc, domain }: AuditReport): boolean | null {
  if (dmarc.policy === null) return known(dmarc.status, false);
  if (dmarc.status === 'complete' || dmarc.source !== 'organizational') return dmarc.enforcing;
  const existenceUnknown = dmarc.temporaryFailures.some(
    (f) => f.name === domain && (f.type === 'MX' || f.type === 'A' || f.type === 'AAAA'),
  );
  if (!existenceUnknown) return dmarc.enforcing;
  const { sp, np, pct, testing } = dmarc.policy;
  const enforces = (disposition: string) => disposition !== 'none' && pct === 100 && !testing;
  return enforces(sp) === enforces(np) ? enforces(sp) : null;
}
