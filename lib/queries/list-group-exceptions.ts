import { readAs, type Viewer } from '@/lib/auth/viewer';
import { isUuid } from '@/lib/db/is-uuid';
import { dayOf } from '@/lib/history/day-of';
import { type ExceptionItem, ofGroupSql, readExceptions } from './exception-row';

/**
 * Every exception bearing on a group (its own and its current members'), pending, approved,
 * revoked or expired, soonest expiry first, as far as the viewer may see them.
 */
export async function listGroupExceptions(
  viewer: Viewer,
  groupId: string,
  today = dayOf(new Date()),
): Promise<ExceptionItem[]> {
  readAs(viewer);
  if (!isUuid(groupId)) return [];
  return readExceptions(viewer, ofGroupSql(groupId), today);
}
