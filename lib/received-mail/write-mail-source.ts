import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { changedFields } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { MAIL_SOURCE_AUDIT_SELECT, mailSourceSnapshot } from './mail-source-audit';
import type { MailSourceInput } from './mail-source-input';

export type WriteMailSourceResult =
  | { ok: true; id: string }
  | { ok: false; code: 'not_found' | 'name_taken' };

const SELECT = { id: true, ...MAIL_SOURCE_AUDIT_SELECT } as const;

async function writeSource(
  tx: Prisma.TransactionClient,
  id: string | undefined,
  source: MailSourceInput,
  actor: AuditActor,
): Promise<WriteMailSourceResult> {
  if (!id) {
    const created = await tx.mailSource.create({ data: source, select: SELECT });
    const target = { type: 'mail-source', id: created.id, label: created.name };
    await recordAuditEvent(
      actor,
      { action: 'mail-source.create', target, after: mailSourceSnapshot(created) },
      tx,
    );
    return { ok: true, id: created.id };
  }
  const existing = await tx.mailSource.findUnique({ where: { id }, select: SELECT });
  if (!existing) return { ok: false, code: 'not_found' };
  const updated = await tx.mailSource.update({ where: { id }, data: source, select: SELECT });
  const diff = changedFields(mailSourceSnapshot(existing), mailSourceSnapshot(updated));
  const target = { type: 'mail-source', id, label: updated.name };
  if (diff) await recordAuditEvent(actor, { action: 'mail-source.update', target, ...diff }, tx);
  return { ok: true, id };
}

/**
 * Creates a data source (no `id`) or replaces one's settings, recorded as `mail-source.create` or
 * `mail-source.update` (the changed fields) in the same transaction. A change of trusted ids or of
 * the Received-SPF opt-in applies to what is read from then on; what is stored stays as counted.
 * The shared write of the page and the API, which check first that the caller is an unscoped admin.
 */
export async function writeMailSource(
  input: { id?: string; source: MailSourceInput },
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<WriteMailSourceResult> {
  try {
    return await db.$transaction((tx) => writeSource(tx, input.id, input.source, actor));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2002') return { ok: false, code: 'name_taken' };
      if (error.code === 'P2025') return { ok: false, code: 'not_found' };
    }
    throw error;
  }
}
