import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { accountConnection, UNREADABLE_PASSWORD } from './account-connection';
import { type ConnectionCheck, testMailboxConnection } from './test-mailbox-connection';

/** "Test connection" of a saved account (nothing is moved or stored); null when there is no such account. */
export async function checkMailboxAccount(
  id: string,
  db: PrismaClient = prisma,
): Promise<ConnectionCheck | null> {
  const account = await db.mailboxAccount.findUnique({ where: { id } });
  if (!account) return null;
  const connection = accountConnection(account);
  if (!connection) return { ok: false, error: UNREADABLE_PASSWORD };
  return testMailboxConnection(connection, account.folder);
}
