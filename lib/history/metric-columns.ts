import { Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionMetric } from './adoption-flags';

/** The snake_case column of each metric, in domain_scans, domain_daily_status and adoption_rollups. */
export const METRIC_COLUMNS: Record<AdoptionMetric, string> = {
  spfPublished: 'spf_published',
  spfValid: 'spf_valid',
  dkimPublished: 'dkim_published',
  dmarcPublished: 'dmarc_published',
  dmarcEnforcing: 'dmarc_enforcing',
  adspPublished: 'adsp_published',
  senderIdPublished: 'sender_id_published',
  nullMx: 'null_mx',
};

/**
 * `template` once per metric column ('$' stands for the column), joined by `separator` (a comma
 * unless told, e.g. ' AND '), as raw SQL. The columns are the constants above, never input, so
 * Prisma.raw is safe here.
 */
export function eachMetricSql(template: string, separator = ', '): Prisma.Sql {
  return Prisma.raw(ADOPTION_METRICS.map((m) => template.replaceAll('$', METRIC_COLUMNS[m])).join(separator));
}
