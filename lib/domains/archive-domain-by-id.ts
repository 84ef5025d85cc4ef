import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { archiveDomainHistory } from './archive-domain-history';

/** Ending a long-registered domain's periods recomputes its history in every scope it was in. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Archives an active domain in its own transaction (see archiveDomainHistory: never a hard delete,
 * its past days keep counting), recording `domain.archive` in it. False when there is no active
 * domain with that id. The one path for the archive button and the API.
 */
export async function archiveDomainById(
  domainId: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const now = new Date();
      if (!(await archiveDomainHistory(tx, domainId, now))) return false;
      const { unicode } = await tx.domain.findUniqueOrThrow({
        where: { id: domainId },
        select: { unicode: true },
      });
      await recordAuditEvent(
        actor,
        {
          action: 'domain.archive',
          target: { type: 'domain', id: domainId, label: unicode },
          before: { archivedAt: null },
          after: { archivedAt: now.toISOString() },
        },
        tx,
      );
      return true;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
