import { Prisma } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { isUuid } from '@/lib/db/is-uuid';
import { dayOf } from '@/lib/history/day-of';
import { type ExceptionItem, readExceptions } from './exception-row';

/** One exception, or null when there is none the viewer may see (approve and revoke check this first). */
export async function getComplianceException(
  viewer: Viewer,
  exceptionId: string,
  today = dayOf(new Date()),
): Promise<ExceptionItem | null> {
  readAs(viewer);
  if (!isUuid(exceptionId)) return null;
  const [item] = await readExceptions(viewer, Prisma.sql`x.id = ${exceptionId}::uuid`, today);
  return item ?? null;
}
