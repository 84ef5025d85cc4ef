import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { addDays, dayOf } from '@/lib/history/day-of';
import { type ExceptionItem, ofGroupSql, readExceptions } from './exception-row';

/**
 * Approved exceptions the viewer may see that expire within `withinDays` of `today` (in force now,
 * or starting later), soonest first; with `groupId`, only those of that group and of its current
 * members (a scorecard e-mail passes the system viewer and its group).
 */
export async function findExpiringExceptions(
  viewer: Viewer,
  { withinDays, groupId = null }: { withinDays: number; groupId?: string | null },
  today = dayOf(new Date()),
): Promise<ExceptionItem[]> {
  readAs(viewer);
  const ofGroup = groupId === null ? Prisma.sql`true` : ofGroupSql(groupId);
  return readExceptions(
    viewer,
    Prisma.sql`x.status = 'approved' AND x.expires_on > ${today}::date
      AND x.expires_on <= ${addDays(today, withinDays)}::date AND ${ofGroup}`,
    today,
  );
}
