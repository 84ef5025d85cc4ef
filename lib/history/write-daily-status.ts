import { Prisma } from '@/generated/prisma/client';
import { kensaTimeZone } from '@/lib/i18n/format';
import { dayOf } from './day-of';
import { eachMetricSql, metricColumnsOf } from './metric-columns';
import type { Db } from './refresh-adoption-rollups';
import { finishedWithinDaysSql, recordedScanSql } from './scan-day-sql';
import { recordset, type StoredScan } from './scan-outcome';

/** The status row in force before `r.day` for `r.domain_id`: its latest row of an earlier day. */
const PRIOR = Prisma.sql`LEFT JOIN LATERAL (
    SELECT s.* FROM domain_daily_status s WHERE s.domain_id = r.domain_id AND s.day < r.day
    ORDER BY s.day DESC LIMIT 1
  ) p ON true`;

/**
 * Each domain's status on the day of its scan, kept as change points: a row starts a day whose
 * status (unknown, the flags, and the report its scan points at, whose findings the reports count)
 * differs from the row before it, and holds until the next row. Every reader takes "the latest row
 * on or before the day", so the status of a day is what the per-day writer stored for it, and an
 * unchanged rescan adds nothing. The days a domain was scanned are its recorded domain_scans
 * (scan-day-sql.ts). Per day, as before: a complete result sets the day (the last complete result
 * of the day wins); a partial or failed one makes the day unknown only when it is the day's first
 * result, so it never overrides a complete result of the same day.
 *
 * Runs after writeCurrentState in the same transaction: its upsert holds each domain's state row
 * until commit, so a concurrent batch of the same domain has committed before these statements
 * take their snapshot, and the rows read here are the latest.
 */
export async function writeDailyStatus(db: Db, scans: readonly StoredScan[]): Promise<void> {
  const rows = [...scans]
    .sort((a, b) => (a.domainId < b.domainId ? -1 : 1)) // one lock order for every writer
    .map((scan) => ({
      domain_id: scan.domainId,
      day: dayOf(scan.finishedAt),
      run_number: scan.runNumber,
      complete: scan.outcome.status === 'complete',
      report_hash: scan.reportHash ?? null,
      ...metricColumnsOf(scan.outcome.flags),
    }));
  const unknown = rows.filter((row) => !row.complete);
  const complete = rows.filter((row) => row.complete);
  if (unknown.length > 0) await writeUnknownDays(db, recordset(unknown));
  if (complete.length > 0) await writeCompleteDays(db, recordset(complete));
}

/** A day whose first result is partial or failed starts an unknown row, unless unknown already holds. */
async function writeUnknownDays(db: Db, rows: string): Promise<void> {
  const sameDay = finishedWithinDaysSql('o', Prisma.sql`r.day`, Prisma.sql`r.day`, kensaTimeZone());
  await db.$executeRaw`
    INSERT INTO domain_daily_status (domain_id, day, run_number, unknown)
    SELECT r.domain_id, r.day, r.run_number, true
    FROM jsonb_to_recordset(${rows}::jsonb) AS r(domain_id uuid, day date, run_number int)
    LEFT JOIN LATERAL (
      SELECT s.unknown FROM domain_daily_status s WHERE s.domain_id = r.domain_id AND s.day <= r.day
      ORDER BY s.day DESC LIMIT 1
    ) p ON true
    WHERE p.unknown IS DISTINCT FROM true
      AND NOT EXISTS (
        SELECT 1 FROM domain_scans o
        WHERE o.domain_id = r.domain_id AND o.run_number <> r.run_number AND ${sameDay} AND ${recordedScanSql('o')})
    ORDER BY r.domain_id
    ON CONFLICT (domain_id, day) DO NOTHING`;
}

/**
 * A complete result sets its day: a row for the day when the status differs from the one in force
 * before the day, else no row (one the day had, from an earlier result of the day, is removed).
 */
async function writeCompleteDays(db: Db, rows: string): Promise<void> {
  await db.$executeRaw`
    WITH r AS (
      SELECT * FROM jsonb_to_recordset(${rows}::jsonb)
        AS r(domain_id uuid, day date, run_number int, report_hash text, ${eachMetricSql('$ boolean')})
    ),
    compared AS (
      SELECT r.*, coalesce(NOT p.unknown AND pr.hash = decode(r.report_hash, 'hex')
        AND ${eachMetricSql('p.$ IS NOT DISTINCT FROM r.$', ' AND ')}, false) AS unchanged
      FROM r ${PRIOR}
      LEFT JOIN domain_scans ps ON ps.run_number = p.run_number AND ps.domain_id = p.domain_id
      LEFT JOIN scan_reports pr ON pr.id = ps.report_id
    ),
    merged AS (
      DELETE FROM domain_daily_status s USING compared c
      WHERE c.unchanged AND s.domain_id = c.domain_id AND s.day = c.day
    )
    INSERT INTO domain_daily_status (domain_id, day, run_number, unknown, ${eachMetricSql('$')})
    SELECT domain_id, day, run_number, false, ${eachMetricSql('$')} FROM compared
    WHERE NOT unchanged ORDER BY domain_id
    ON CONFLICT (domain_id, day) DO UPDATE SET
      run_number = EXCLUDED.run_number, unknown = false, ${eachMetricSql('$ = EXCLUDED.$')}`;
}
