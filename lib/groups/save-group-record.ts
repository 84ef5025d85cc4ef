import { z } from 'zod';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { changedFields } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';

/** Group names and descriptions as every writer accepts them. */
export const groupFields = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000),
});

export type SaveGroupRecordResult =
  | { ok: true; id: string }
  | { ok: false; code: 'name_taken' | 'not_found' };

type GroupInput =
  | { id?: undefined; name: string; description?: string }
  | { id: string; name?: string; description?: string };

async function writeGroup(
  tx: Prisma.TransactionClient,
  input: GroupInput,
  actor: AuditActor,
): Promise<SaveGroupRecordResult> {
  const { id, name, description } = input;
  const select = { id: true, name: true, description: true } as const;
  if (!id) {
    const group = await tx.group.create({ data: { name: name as string, description }, select });
    const target = { type: 'group', id: group.id, label: group.name };
    const after = { name: group.name, description: group.description };
    await recordAuditEvent(actor, { action: 'group.create', target, after }, tx);
    return { ok: true, id: group.id };
  }
  const before = await tx.group.findUnique({ where: { id }, select });
  if (!before) return { ok: false, code: 'not_found' };
  const group = await tx.group.update({ where: { id }, data: { name, description }, select });
  const diff = changedFields(before, { name: group.name, description: group.description });
  const target = { type: 'group', id, label: group.name };
  if (diff) await recordAuditEvent(actor, { action: 'group.update', target, ...diff }, tx);
  return { ok: true, id };
}

/**
 * Creates a group (no `id`) or changes the given fields of one; names are unique. Not a server
 * action: the shared write of the groups page's action and the API, which check the role first.
 * Records `group.create` or `group.update` (the fields that changed) in the same transaction.
 */
export async function saveGroupRecord(
  input: GroupInput,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<SaveGroupRecordResult> {
  try {
    return await db.$transaction((tx) => writeGroup(tx, input, actor));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2002') return { ok: false, code: 'name_taken' };
      if (error.code === 'P2025') return { ok: false, code: 'not_found' }; // deleted meanwhile
    }
    throw error;
  }
}
