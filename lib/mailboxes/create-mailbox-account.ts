import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { sealSecret, secretBoxKey } from '@/lib/crypto/secret-box';
import { prisma } from '@/lib/db';
import { type CreateMailboxAccountInput, createMailboxAccountInput } from './mailbox-account-input';
import { mailboxAccountSnapshot } from './mailbox-account-snapshot';
import { type MailboxWriteResult, mailboxWriteProblem } from './mailbox-write-result';
import { offeredPurposes } from './purpose-handlers';

/**
 * Adds a mailbox account, its password sealed (bound to the new id), with `mailbox.create` in the
 * audit log (settings only) in the same transaction. The worker's reconcile tick schedules its pulls.
 */
export async function createMailboxAccount(
  input: CreateMailboxAccountInput,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<MailboxWriteResult> {
  const parsed = createMailboxAccountInput.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: 'invalid', message: parsed.error.issues[0]?.message ?? 'invalid' };
  const { password, ...settings } = parsed.data;
  if (!offeredPurposes().includes(settings.purpose))
    return {
      ok: false,
      code: 'purpose-unavailable',
      message: `purpose "${settings.purpose}" is not available`,
    };
  const id = randomUUID();
  try {
    return await db.$transaction(async (tx) => {
      const account = await tx.mailboxAccount.create({
        data: { id, ...settings, passwordSealed: sealSecret(password, id, secretBoxKey('mailbox-password')) },
      });
      await recordAuditEvent(
        actor,
        {
          action: 'mailbox.create',
          target: { type: 'mailbox', id, label: account.name },
          after: mailboxAccountSnapshot(account),
        },
        tx,
      );
      return { ok: true, id };
    });
  } catch (error) {
    return mailboxWriteProblem(error);
  }
}
