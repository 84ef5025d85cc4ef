import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { RequestOrigin } from './request-origin';
import { endedSessions, type SessionLifetime, sessionLifetime } from './session-lifetime';
import { hashSessionToken, newSessionToken } from './session-token';

export interface NewSession {
  userId: string;
  origin: RequestOrigin;
  /** The session cookies the browser presented: those sessions end, whoever they were for. */
  replacing?: readonly string[];
  /** The session reaches only the MFA enrolment page until MFA is on (an admin while it is required). */
  mfaEnrolmentRequired?: boolean;
}

/**
 * Opens a session and returns the token to put in the cookie (only its hash is stored). Always a new
 * token, never the presented one: a session id planted in the browser before sign-in (session
 * fixation) is worth nothing after it. The user's ended sessions are cleared on the way.
 */
export async function createSession(
  { userId, origin, replacing, mfaEnrolmentRequired = false }: NewSession,
  db: PrismaClient = prisma,
  now = new Date(),
  lifetime: SessionLifetime = sessionLifetime(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + lifetime.maxMs);
  await db.$transaction([
    db.session.deleteMany({ where: { tokenHash: { in: (replacing ?? []).map(hashSessionToken) } } }),
    db.session.deleteMany({ where: { userId, ...endedSessions(now, lifetime) } }),
    db.session.create({
      data: {
        tokenHash: hashSessionToken(token),
        userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        userAgent: origin.userAgent,
        clientAddress: origin.clientAddress,
        mfaEnrolmentRequired,
      },
    }),
    db.user.update({ where: { id: userId }, data: { lastLoginAt: now } }),
  ]);
  return { token, expiresAt };
}
