import type { PrismaClient } from '@/generated/prisma/client';
import { actorOfUser } from '@/lib/audit-log/actor-of-user';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';

/**
 * Ends one of the user's own sessions (signs that browser out); false when the id names no session
 * of theirs, so nobody can end another person's session by guessing ids.
 */
export async function endOwnSession(
  user: { id: string; email: string },
  sessionId: string,
  { db = prisma }: { db?: PrismaClient } = {},
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where: { id: sessionId, userId: user.id } });
    if (ended.count === 0) return false;
    await recordAuditEvent(
      actorOfUser(user),
      { action: 'session.end', target: { type: 'session', id: sessionId, label: user.email } },
      tx,
    );
    return true;
  });
}
