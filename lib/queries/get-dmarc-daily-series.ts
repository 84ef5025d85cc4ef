import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { countSum } from '@/lib/db/count-sum';
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
  db: PrismaClient = prisma,
): Promise<DmarcDay[]> {
  readAs(viewer);
  const rows = await db.$queryRaw<
    Array<{ day: Date; pass: number; fail: number; quarantined: number; rejected: number }>
  >(
    Prisma.sql`SELECT d.day, ${countSum(Prisma.sql`sum(d.pass)`)} AS pass, ${countSum(Prisma.sql`sum(d.fail)`)} AS fail,
        ${countSum(Prisma.sql`sum(d.quarantined)`)} AS quarantined, ${countSum(Prisma.sql`sum(d.rejected)`)} AS rejected
      FROM dmarc_reports r JOIN dmarc_report_days d ON d.report_id = r.id
      WHERE ${dmarcTargetSql(viewer, target, period)}
      GROUP BY d.day ORDER BY d.day`,
  );
  return rows.map((row) => ({ ...row, day: dayOfDateColumn(row.day) }));
}
