import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { endedSessions, type SessionLifetime, sessionLifetime } from './session-lifetime';

/** Deletes the sessions that have ended (idle, past their lifetime); the workers run it each reconcile pass. */
export async function purgeEndedSessions(
  db: PrismaClient = prisma,
  now = new Date(),
  lifetime: SessionLifetime = sessionLifetime(),
): Promise<number> {
  const { count } = await db.session.deleteMany({ where: endedSessions(now, lifetime) });
  return count;
}
