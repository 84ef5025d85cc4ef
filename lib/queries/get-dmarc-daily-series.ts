import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { dayOfDateColumn } from '@/lib/history/day-of';
import { type DmarcPeriod, type DmarcReportTarget, dmarcTargetSql } from './dmarc-report-target';

export interface DmarcDay {
  day: string;
  pass: number;
  fail: number;
  quarantined: number;
  rejected: number;
}

/**
 * Messages per calendar day by DMARC result, for a domain or a group: each report's counts as spread
 * over the days of its range at ingest (dmarc_report_days), summed. Only what the viewer may see.
 */
export async function getDmarcDailySeries(
  viewer: Viewer,
  target: DmarcReportTarget,
  period: DmarcPeriod,
): Promise<DmarcDay[]> {
  readAs(viewer);
  const rows = await prisma.$queryRaw<
    Array<{ day: Date; pass: number; fail: number; quarantined: number; rejected: number }>
  >(
    Prisma.sql`SELECT d.day, sum(d.pass)::int AS pass, sum(d.fail)::int AS fail,
        sum(d.quarantined)::int AS quarantined, sum(d.rejected)::int AS rejected
      FROM dmarc_reports r JOIN dmarc_report_days d ON d.report_id = r.id
      WHERE ${dmarcTargetSql(viewer, target, period)}
      GROUP BY d.day ORDER BY d.day`,
  );
  return rows.map((row) => ({ ...row, day: dayOfDateColumn(row.day) }));
}
