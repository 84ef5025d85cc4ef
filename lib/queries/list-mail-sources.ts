import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { MAIL_SOURCE_SELECT, type MailSourceRow, withIngestTotals } from './mail-source-row';

/** Every data source by name, with its ingest totals; instance-wide, so the same for every viewer. */
export async function listMailSources(viewer: Viewer, db: PrismaClient = prisma): Promise<MailSourceRow[]> {
  readAs(viewer);
  const sources = await db.mailSource.findMany({
    select: MAIL_SOURCE_SELECT,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return withIngestTotals(db, sources);
}
