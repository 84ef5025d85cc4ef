import { Prisma } from '@/generated/prisma/client';

/** The error of the domain_scans rows a cancel stores for domains it took off the work list. */
export const CANCELLED_ERROR = 'cancelled';

/**
 * True for a domain_scans row (alias `scan`) the history writer recorded: every stored result but
 * the rows a cancel wrote, which touch no history. The days of these rows are the days a domain
 * has a status for (domain_daily_status keeps only the days its status changed).
 */
export function recordedScanSql(scan: string): Prisma.Sql {
  const alias = Prisma.raw(scan);
  return Prisma.sql`NOT (${alias}.status = 'failed' AND ${alias}.error IS NOT DISTINCT FROM ${CANCELLED_ERROR})`;
}

/**
 * `finished_at` of `scan` within the calendar days [from, to] of `timeZone` (day expressions in
 * SQL), as a range the (domain_id, finished_at) and finished_at indexes serve.
 */
export function finishedWithinDaysSql(scan: string, from: Prisma.Sql, to: Prisma.Sql, timeZone: string) {
  const alias = Prisma.raw(scan);
  return Prisma.sql`${alias}.finished_at >= ((${from})::timestamp AT TIME ZONE ${timeZone})
    AND ${alias}.finished_at < ((${to} + 1)::timestamp AT TIME ZONE ${timeZone})`;
}
