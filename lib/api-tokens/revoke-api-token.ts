import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';

/**
 * Revokes a token from now on (the row stays, so the list shows who had it and when it was last
 * used), recording `api-token.revoke` in the same transaction. False when there is no such token or
 * it was revoked already.
 */
export async function revokeApiToken(
  id: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [token] = await tx.apiToken.updateManyAndReturn({
      where: { id, revokedAt: null },
      data: { revokedAt: now },
      select: { name: true },
    });
    if (!token) return false;
    await recordAuditEvent(
      actor,
      {
        action: 'api-token.revoke',
        target: { type: 'api-token', id, label: token.name },
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString() },
      },
      tx,
    );
    return true;
  });
}
