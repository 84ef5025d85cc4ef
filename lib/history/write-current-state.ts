import { Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS } from './adoption-flags';
import { eachMetricSql, METRIC_COLUMNS } from './metric-columns';
import type { Db } from './refresh-adoption-rollups';
import { findingSummary, type RecordedScan, type ScanHistoryOutcome, staleReason } from './scan-outcome';

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
      `${column} = CASE WHEN EXCLUDED.complete_scan_id IS NOT NULL OR c.complete_scan_id IS NULL ` +
      `THEN EXCLUDED.${column} ELSE c.${column} END`,
  ).join(', '),
);

/**
 * Moves domain_current_state to this scan. A complete result replaces it. A partial or failed one
 * only updates last_scan_* and marks it stale with the reason, keeping the last complete flags and
 * findings (a timeout never turns "published" into "missing"); with no complete scan yet, the
 * partial's own flags stand, which are null wherever a lookup failed.
 */
export async function writeCurrentState(db: Db, scan: RecordedScan, outcome: ScanHistoryOutcome) {
  const summary = findingSummary(outcome.status === 'failed' ? null : outcome.report);
  const flags = Prisma.join(ADOPTION_METRICS.map((metric) => Prisma.sql`${outcome.flags[metric]}::boolean`));
  const complete = outcome.status === 'complete';
  await db.$executeRaw`
    INSERT INTO domain_current_state AS c (
      domain_id, last_scan_id, last_scan_at, last_scan_status, complete_scan_id, complete_at, stale,
      stale_reason, ${eachMetricSql('$')}, finding_ids, errors, warnings, updated_at)
    VALUES (
      ${scan.domainId}::uuid, ${scan.id}::uuid, ${scan.finishedAt}::timestamptz, ${outcome.status}::text,
      ${complete ? scan.id : null}::uuid, ${complete ? scan.finishedAt : null}::timestamptz,
      ${!complete}::boolean, ${complete ? null : staleReason(outcome)}::text, ${flags},
      ${summary.ids}::text[], ${summary.errors}::int, ${summary.warnings}::int, now())
    ON CONFLICT (domain_id) DO UPDATE SET
      last_scan_id = EXCLUDED.last_scan_id, last_scan_at = EXCLUDED.last_scan_at,
      last_scan_status = EXCLUDED.last_scan_status, stale = EXCLUDED.stale,
      stale_reason = EXCLUDED.stale_reason, updated_at = now(),
      complete_scan_id = coalesce(EXCLUDED.complete_scan_id, c.complete_scan_id),
      complete_at = coalesce(EXCLUDED.complete_at, c.complete_at),
      ${KEEP_UNLESS_REPLACED}`;
}
