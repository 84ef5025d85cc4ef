import { Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS } from './adoption-flags';
import { eachMetricSql, METRIC_COLUMNS, metricColumnsOf } from './metric-columns';
import type { Db } from './refresh-adoption-rollups';
import { findingSummary, recordset, reportOf, type StoredScan, staleReason } from './scan-outcome';

/** Columns that hold the last complete result; fixed names, so Prisma.raw is safe. */
const RESULT_COLUMNS = [
  ...ADOPTION_METRICS.map((m) => METRIC_COLUMNS[m]),
  'finding_ids',
  'errors',
  'warnings',
];

// The new value when this scan is complete or no complete scan was ever recorded; else the old one.
const KEEP_UNLESS_REPLACED = Prisma.raw(
  RESULT_COLUMNS.map(
    (column) =>
      `${column} = CASE WHEN EXCLUDED.complete_run_number IS NOT NULL OR c.complete_run_number IS NULL ` +
      `THEN EXCLUDED.${column} ELSE c.${column} END`,
  ).join(', '),
);

/**
 * Moves domain_current_state to these scans, one statement for the batch. A complete result
 * replaces it. A partial or failed one only updates last_scan_* and marks it stale with the reason,
 * keeping the last complete flags and findings (a timeout never turns "published" into "missing");
 * with no complete scan yet, the partial's own flags stand, which are null wherever a lookup failed.
 */
export async function writeCurrentState(db: Db, scans: readonly StoredScan[]): Promise<void> {
  if (scans.length === 0) return;
  const rows = [...scans]
    .sort((a, b) => (a.domainId < b.domainId ? -1 : 1)) // one lock order for every writer
    .map((scan) => {
      const summary = findingSummary(reportOf(scan));
      const complete = scan.outcome.status === 'complete';
      return {
        domain_id: scan.domainId,
        run_number: scan.runNumber,
        at: scan.finishedAt,
        status: scan.outcome.status,
        complete,
        stale_reason: complete ? null : staleReason(scan.outcome),
        ...metricColumnsOf(scan.outcome.flags),
        finding_ids: summary.ids,
        errors: summary.errors,
        warnings: summary.warnings,
      };
    });
  await db.$executeRaw`
    INSERT INTO domain_current_state AS c (
      domain_id, last_run_number, last_scan_at, last_scan_status, complete_run_number, complete_at,
      stale, stale_reason, ${eachMetricSql('$')}, finding_ids, errors, warnings, updated_at)
    SELECT domain_id, run_number, at, status, CASE WHEN complete THEN run_number END,
      CASE WHEN complete THEN at END, NOT complete, stale_reason, ${eachMetricSql('$')},
      finding_ids, errors, warnings, now()
    FROM jsonb_to_recordset(${recordset(rows)}::jsonb) AS r(domain_id uuid, run_number int,
      at timestamptz, status text, complete boolean, stale_reason text, ${eachMetricSql('$ boolean')},
      finding_ids text[], errors int, warnings int)
    ON CONFLICT (domain_id) DO UPDATE SET
      last_run_number = EXCLUDED.last_run_number, last_scan_at = EXCLUDED.last_scan_at,
      last_scan_status = EXCLUDED.last_scan_status, stale = EXCLUDED.stale,
      stale_reason = EXCLUDED.stale_reason, updated_at = now(),
      complete_run_number = coalesce(EXCLUDED.complete_run_number, c.complete_run_number),
      complete_at = coalesce(EXCLUDED.complete_at, c.complete_at),
      ${KEEP_UNLESS_REPLACED}`;
}
