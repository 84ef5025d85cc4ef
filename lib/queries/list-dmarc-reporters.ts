import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { countSum } from '@/lib/db/count-sum';
import { type DmarcPeriod, type DmarcScope, dmarcTargetSql } from './dmarc-report-target';

export interface DmarcReporterRow {
  /** The receiver's `org_name` as it wrote it (attacker-controlled text). */
  name: string;
  reports: number;
  messages: number;
}

/** The organisations that reported on the target's domains in the period, by messages reported. */
export async function listDmarcReporters(
  viewer: Viewer,
  target: DmarcScope,
  period: DmarcPeriod,
  limit: number,
  db: PrismaClient = prisma,
): Promise<DmarcReporterRow[]> {
  readAs(viewer);
  return db.$queryRaw<DmarcReporterRow[]>(
    Prisma.sql`SELECT r.org_name AS name, count(*)::int AS reports, ${countSum(Prisma.sql`sum(r.messages)`)} AS messages
      FROM dmarc_reports r
      WHERE ${dmarcTargetSql(viewer, target, period)}
      GROUP BY r.org_name
      ORDER BY messages DESC, reports DESC, name LIMIT ${limit}`,
  );
}
