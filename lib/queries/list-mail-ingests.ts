import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';

/** One upload, file or IMAP pull read into a source, and what it added. */
export interface MailIngestRow {
  id: string;
  /** What was read (a file name); never message content. */
  label: string;
  counted: number;
  untrusted: number;
  duplicates: number;
  malformed: number;
  createdAt: Date;
}

/** Rows a history shows at most: the newest first. */
export const MAIL_INGEST_HISTORY = 100;

/** A source's newest ingests (its history); empty for an unknown source. */
export async function listMailIngests(
  viewer: Viewer,
  sourceId: string,
  db: PrismaClient = prisma,
): Promise<MailIngestRow[]> {
  readAs(viewer);
  if (!isUuid(sourceId)) return [];
  return db.mailIngest.findMany({
    where: { sourceId },
    select: {
      id: true,
      label: true,
      counted: true,
      untrusted: true,
      duplicates: true,
      malformed: true,
      createdAt: true,
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: MAIL_INGEST_HISTORY,
  });
}
