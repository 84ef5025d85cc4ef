import type { PrismaClient } from '@/generated/prisma/client';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type MailboxAccountRow, mailboxAccountRowOf, mailboxAccountRowSelect } from './mailbox-account-row';

/** One mailbox account without its password, for admins not limited to groups; null when there is none. */
export async function getMailboxAccount(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<MailboxAccountRow | null> {
  if (!isUnscopedAdmin(readAs(viewer)))
    throw new Error('Only admins not limited to groups read mailbox accounts.');
  const account = await db.mailboxAccount.findUnique({ where: { id }, select: mailboxAccountRowSelect });
  return account ? mailboxAccountRowOf(account) : null;
}
