import type { PrismaClient } from '@/generated/prisma/client';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type MailboxAccountRow, mailboxAccountRowOf, mailboxAccountRowSelect } from './mailbox-account-row';

/**
 * Every mailbox account, by name, for admins not limited to groups: a mailbox belongs to no group
 * and its mail may name any domain.
 */
export async function listMailboxAccounts(
  viewer: Viewer,
  db: PrismaClient = prisma,
): Promise<MailboxAccountRow[]> {
  if (!isUnscopedAdmin(readAs(viewer)))
    throw new Error('Only admins not limited to groups read mailbox accounts.');
  const accounts = await db.mailboxAccount.findMany({
    orderBy: { name: 'asc' },
    select: mailboxAccountRowSelect,
  });
  return accounts.map(mailboxAccountRowOf);
}
