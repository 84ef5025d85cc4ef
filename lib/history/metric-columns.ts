import { Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionFlags, type AdoptionMetric } from './adoption-flags';

/**
 * The snake_case column of each metric, in scan_reports (the flags of a report body),
 * domain_current_state, domain_daily_status and adoption_rollups.
 */
export const METRIC_COLUMNS: Record<AdoptionMetric, string> = {
  spfPublished: 'spf_published',
  spfValid: 'spf_valid',
  dkimPublished: 'dkim_published',
  dmarcPublished: 'dmarc_published',
  dmarcEnforcing: 'dmarc_enforcing',
  adspPublished: 'adsp_published',
  senderIdPublished: 'sender_id_published',
  nullMx: 'null_mx',
  mtaStsEnforcing: 'mta_sts_enforcing',
  tlsRptPublished: 'tls_rpt_published',
  bimiPublished: 'bimi_published',
  dnssecSigned: 'dnssec_signed',
  daneOnMx: 'dane_on_mx',
  starttlsOffered: 'starttls_offered',
};

/** Flags keyed by their columns, for a `jsonb_to_recordset` row. */
export function metricColumnsOf(flags: AdoptionFlags): Record<string, boolean | null> {
  return Object.fromEntries(ADOPTION_METRICS.map((m) => [METRIC_COLUMNS[m], flags[m]]));
}

/**
 * `template` once per metric column ('$' stands for the column), joined by `separator` (a comma
 * unless told, e.g. ' AND '), as raw SQL. The columns are the constants above, never input, so
 * Prisma.raw is safe here.
 */
export function eachMetricSql(template: string, separator = ', '): Prisma.Sql {
  return Prisma.raw(ADOPTION_METRICS.map((m) => template.replaceAll('$', METRIC_COLUMNS[m])).join(separator));
}

/**
 * A status row (alias `st`, null when the member has none) whose metric `$` is unknown: no status,
 * a day stored as unknown, or a flag the scan could not judge (null). For eachMetricSql templates.
 */
export const UNKNOWN_FLAG = '(st.unknown IS DISTINCT FROM false OR st.$ IS NULL)';

/** The count columns of adoption_rollups after domains and unknown: each metric and its unknowns. */
export const ROLLUP_COUNTS = eachMetricSql('$, $_unknown');
