import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { changedFields } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import type { ContactFields } from './contact-fields';

export type SaveGroupContactResult =
  | { ok: true; id: string }
  | { ok: false; code: 'not_found' | 'email_taken' };

const SELECT = { id: true, name: true, email: true, language: true, role: true } as const;

async function writeContact(
  tx: Prisma.TransactionClient,
  groupId: string,
  contactId: string | undefined,
  fields: ContactFields,
  actor: AuditActor,
): Promise<SaveGroupContactResult> {
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { name: true } });
  if (!group) return { ok: false, code: 'not_found' };
  const target = { type: 'group', id: groupId, label: group.name };
  if (!contactId) {
    const { id, ...after } = await tx.groupContact.create({ data: { groupId, ...fields }, select: SELECT });
    await recordAuditEvent(actor, { action: 'group.contact-add', target, after: { id, ...after } }, tx);
    return { ok: true, id };
  }
  const before = await tx.groupContact.findFirst({ where: { id: contactId, groupId }, select: SELECT });
  if (!before) return { ok: false, code: 'not_found' };
  const saved = await tx.groupContact.update({ where: { id: contactId }, data: fields, select: SELECT });
  const diff = changedFields(before, saved);
  if (diff) await recordAuditEvent(actor, { action: 'group.contact-update', target, ...diff }, tx);
  return { ok: true, id: contactId };
}

/**
 * Adds a contact to a group (no `contactId`) or changes one of its contacts; an address is listed
 * once per group. Not a server action: the shared write of the owners page and the API, which check
 * the role and the group scope first. Records `group.contact-add` / `group.contact-update` (with the
 * fields that changed) in the same transaction.
 */
export async function saveGroupContact(
  groupId: string,
  contactId: string | undefined,
  fields: ContactFields,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<SaveGroupContactResult> {
  try {
    return await db.$transaction((tx) => writeContact(tx, groupId, contactId, fields, actor));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2002') return { ok: false, code: 'email_taken' };
      if (error.code === 'P2025') return { ok: false, code: 'not_found' };
    }
    throw error;
  }
}
