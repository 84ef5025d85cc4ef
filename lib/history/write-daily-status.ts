import { Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS } from './adoption-flags';
import { type Day, dateColumn } from './day-of';
import { eachMetricSql } from './metric-columns';
import type { Db } from './refresh-adoption-rollups';
import type { RecordedScan, ScanHistoryOutcome } from './scan-outcome';

/**
 * The domain's status on `day`: a complete result overrides whatever the day had (the last complete
 * result of the day wins); a partial or failed one only creates the day as unknown (all flags null)
 * when nothing is recorded for it yet, so it never overwrites a complete result of the same day.
 */
export async function writeDailyStatus(db: Db, scan: RecordedScan, day: Day, outcome: ScanHistoryOutcome) {
  if (outcome.status !== 'complete') {
    await db.domainDailyStatus.createMany({
      data: [{ domainId: scan.domainId, day: dateColumn(day), domainScanId: scan.id, unknown: true }],
      skipDuplicates: true,
    });
    return;
  }
  const flags = Prisma.join(ADOPTION_METRICS.map((metric) => Prisma.sql`${outcome.flags[metric]}::boolean`));
  await db.$executeRaw`
    INSERT INTO domain_daily_status (domain_id, day, domain_scan_id, unknown, ${eachMetricSql('$')})
    VALUES (${scan.domainId}::uuid, ${day}::date, ${scan.id}::uuid, false, ${flags})
    ON CONFLICT (domain_id, day) DO UPDATE SET
      domain_scan_id = EXCLUDED.domain_scan_id, unknown = false, ${eachMetricSql('$ = EXCLUDED.$')}`;
}
