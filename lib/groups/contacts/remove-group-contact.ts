import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';

export type RemoveGroupContactResult = { ok: true } | { ok: false; code: 'not_found' };

/**
 * Removes a contact from a group: they get no further scorecard mails. Records
 * `group.contact-remove` with who it was, in the same transaction.
 */
export async function removeGroupContact(
  groupId: string,
  contactId: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<RemoveGroupContactResult> {
  return db.$transaction(async (tx) => {
    const contact = await tx.groupContact.findFirst({
      where: { id: contactId, groupId },
      select: {
        id: true,
        name: true,
        email: true,
        language: true,
        role: true,
        group: { select: { name: true } },
      },
    });
    if (!contact) return { ok: false, code: 'not_found' } as const;
    await tx.groupContact.delete({ where: { id: contactId } });
    const { group, ...before } = contact;
    const target = { type: 'group', id: groupId, label: group.name };
    await recordAuditEvent(actor, { action: 'group.contact-remove', target, before }, tx);
    return { ok: true } as const;
  });
}
