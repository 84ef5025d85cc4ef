import { kensaTimeZone } from '@/lib/i18n/format';
import type { Day } from './day-of';
import type { Db } from './refresh-adoption-rollups';
import { scanOfRunSql } from './scan-of-run-sql';

/** The days (in KENSA_TIME_ZONE) a run stored results on, usually one; null when it stored none. */
export async function runDaySpan(db: Db, runId: string): Promise<{ from: Day; to: Day } | null> {
  const timeZone = kensaTimeZone();
  const [span] = await db.$queryRaw<Array<{ from: string | null; to: string | null }>>`
    SELECT min((finished_at AT TIME ZONE ${timeZone})::date)::text AS "from",
           max((finished_at AT TIME ZONE ${timeZone})::date)::text AS "to"
    FROM domain_scans s WHERE ${scanOfRunSql('s', runId)} AND finished_at IS NOT NULL`;
  return span?.from && span.to ? { from: span.from, to: span.to } : null;
}
