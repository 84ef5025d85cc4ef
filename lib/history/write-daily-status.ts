import { ADOPTION_METRICS } from './adoption-flags';
import { dayOf } from './day-of';
import { eachMetricSql, METRIC_COLUMNS } from './metric-columns';
import type { Db } from './refresh-adoption-rollups';
import { recordset, type StoredScan } from './scan-outcome';

/**
 * Each domain's status on the day of its scan, two statements for a batch: a complete result
 * overrides whatever the day had (the last complete result of the day wins); a partial or failed one
 * only creates the day as unknown (all flags null) when nothing is recorded for it yet, so it never
 * overwrites a complete result of the same day.
 */
export async function writeDailyStatus(db: Db, scans: readonly StoredScan[]): Promise<void> {
  const rows = [...scans]
    .sort((a, b) => (a.domainId < b.domainId ? -1 : 1)) // one lock order for every writer
    .map((scan) => ({
      domain_id: scan.domainId,
      day: dayOf(scan.finishedAt),
      scan_id: scan.id,
      complete: scan.outcome.status === 'complete',
      ...Object.fromEntries(ADOPTION_METRICS.map((m) => [METRIC_COLUMNS[m], scan.outcome.flags[m]])),
    }));
  const unknown = rows.filter((row) => !row.complete);
  const complete = rows.filter((row) => row.complete);
  if (unknown.length > 0)
    await db.$executeRaw`
      INSERT INTO domain_daily_status (domain_id, day, domain_scan_id, unknown)
      SELECT domain_id, day, scan_id, true
      FROM jsonb_to_recordset(${recordset(unknown)}::jsonb) AS r(domain_id uuid, day date, scan_id uuid)
      ON CONFLICT (domain_id, day) DO NOTHING`;
  if (complete.length > 0)
    await db.$executeRaw`
      INSERT INTO domain_daily_status (domain_id, day, domain_scan_id, unknown, ${eachMetricSql('$')})
      SELECT domain_id, day, scan_id, false, ${eachMetricSql('$')}
      FROM jsonb_to_recordset(${recordset(complete)}::jsonb)
        AS r(domain_id uuid, day date, scan_id uuid, ${eachMetricSql('$ boolean')})
      ON CONFLICT (domain_id, day) DO UPDATE SET
        domain_scan_id = EXCLUDED.domain_scan_id, unknown = false, ${eachMetricSql('$ = EXCLUDED.$')}`;
}
