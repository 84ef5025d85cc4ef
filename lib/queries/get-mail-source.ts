import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { MAIL_SOURCE_SELECT, type MailSourceRow, withIngestTotals } from './mail-source-row';

/** One data source with its ingest totals, or null. */
export async function getMailSource(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<MailSourceRow | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  const source = await db.mailSource.findUnique({ where: { id }, select: MAIL_SOURCE_SELECT });
  if (!source) return null;
  const [row] = await withIngestTotals(db, [source]);
  return row ?? null;
}
