import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { mailboxAccountSnapshot } from './mailbox-account-snapshot';

/**
 * Deletes an account (the mail already counted stays in its source), with `mailbox.delete` and its
 * last settings in the audit log, in one transaction. False when there is no such account. The
 * worker's reconcile tick removes its pull schedule; a pull already running finds it gone and stops.
 */
export async function deleteMailboxAccount(
  id: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const account = await tx.mailboxAccount.findUnique({ where: { id } });
    if (!account) return false;
    await tx.mailboxAccount.delete({ where: { id } });
    await recordAuditEvent(
      actor,
      {
        action: 'mailbox.delete',
        target: { type: 'mailbox', id, label: account.name },
        before: mailboxAccountSnapshot(account),
      },
      tx,
    );
    return true;
  });
}
