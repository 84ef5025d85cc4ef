import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { MAIL_SOURCE_AUDIT_SELECT, mailSourceSnapshot } from './mail-source-audit';

/**
 * Deletes a data source with everything read into it — its daily aggregates, Message-ID digests and
 * ingest history (cascade) — recording `mail-source.delete` with its settings and how many messages
 * it had counted, in the same transaction. False when there was none with that id.
 */
export async function deleteMailSourceById(
  id: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [source] = await tx.mailSource.findMany({ where: { id }, select: MAIL_SOURCE_AUDIT_SELECT });
    if (!source) return false;
    const counted = await tx.mailDailyAggregate.aggregate({
      where: { sourceId: id },
      _sum: { messages: true },
    });
    const deleted = await tx.mailSource.deleteMany({ where: { id } });
    if (deleted.count === 0) return false;
    await recordAuditEvent(
      actor,
      {
        action: 'mail-source.delete',
        target: { type: 'mail-source', id, label: source.name },
        before: { ...mailSourceSnapshot(source), countedMessages: counted._sum.messages ?? 0 },
      },
      tx,
    );
    return true;
  });
}
