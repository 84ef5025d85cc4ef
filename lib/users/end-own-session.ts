import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';

/**
 * Ends one of the signed-in user's (`actor`'s) own sessions, signing that browser out; false when
 * the id names no session of theirs, so nobody can end another person's session by guessing ids.
 */
export async function endOwnSession(
  actor: PersonActor,
  sessionId: string,
  { db = prisma }: { db?: PrismaClient } = {},
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where: { id: sessionId, userId: actor.userId } });
    if (ended.count === 0) return false;
    await recordAuditEvent(
      actor,
      { action: 'session.end', target: { type: 'session', id: sessionId, label: actor.label } },
      tx,
    );
    return true;
  });
}
