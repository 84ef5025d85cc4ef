import type { PrismaClient } from '@/generated/prisma/client';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';

/** The received-mail data sources a mailbox may count into, by name (ids and names only). */
export async function listMailSourceChoices(
  viewer: Viewer,
  db: PrismaClient = prisma,
): Promise<Array<{ id: string; name: string }>> {
  if (!isUnscopedAdmin(readAs(viewer)))
    throw new Error('Only admins not limited to groups configure mailboxes.');
  return db.mailSource.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
