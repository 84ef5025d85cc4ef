import type { PrismaClient } from '@/generated/prisma/client';
import { changedFields } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { sealSecret, secretBoxKey } from '@/lib/crypto/secret-box';
import { prisma } from '@/lib/db';
import {
  mailboxAccountSettings,
  type UpdateMailboxAccountInput,
  updateMailboxAccountInput,
} from './mailbox-account-input';
import { mailboxAccountSnapshot } from './mailbox-account-snapshot';
import { type MailboxWriteResult, mailboxWriteProblem } from './mailbox-write-result';
import { offeredPurposes } from './purpose-handlers';

/**
 * Changes an account's settings and, when one is given, its password; the merged settings are
 * checked as a whole. `mailbox.update` records the changed settings (a new password as
 * `passwordChanged: true`, never its value) in the same transaction.
 */
export async function updateMailboxAccount(
  id: string,
  input: UpdateMailboxAccountInput,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<MailboxWriteResult> {
  const change = updateMailboxAccountInput.safeParse(input);
  if (!change.success)
    return { ok: false, code: 'invalid', message: change.error.issues[0]?.message ?? 'invalid' };
  const { password, ...settingsChange } = change.data;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.mailboxAccount.findUnique({ where: { id } });
      if (!before) return { ok: false, code: 'not-found', message: 'no such mailbox account' } as const;
      const merged = mailboxAccountSettings.safeParse({
        ...mailboxAccountSnapshot(before),
        ...settingsChange,
      });
      if (!merged.success)
        return { ok: false, code: 'invalid', message: merged.error.issues[0]?.message ?? 'invalid' } as const;
      if (merged.data.purpose !== before.purpose && !offeredPurposes().includes(merged.data.purpose))
        return {
          ok: false,
          code: 'purpose-unavailable',
          message: `purpose "${merged.data.purpose}" is not available`,
        } as const;
      const after = await tx.mailboxAccount.update({
        where: { id },
        data: {
          ...merged.data,
          ...(password === undefined
            ? {}
            : { passwordSealed: sealSecret(password, id, secretBoxKey('mailbox-password')) }),
        },
      });
      const diff = changedFields(mailboxAccountSnapshot(before), mailboxAccountSnapshot(after));
      if (diff || password !== undefined)
        await recordAuditEvent(
          actor,
          {
            action: 'mailbox.update',
            target: { type: 'mailbox', id, label: after.name },
            before: diff?.before ?? {},
            after: { ...(diff?.after ?? {}), ...(password === undefined ? {} : { passwordChanged: true }) },
          },
          tx,
        );
      return { ok: true, id } as const;
    });
  } catch (error) {
    return mailboxWriteProblem(error);
  }
}
