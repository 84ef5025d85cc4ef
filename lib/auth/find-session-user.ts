import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { Role } from './roles';
import { scopeOf } from './scope';
import { hasEnded, type SessionLifetime, sessionLifetime } from './session-lifetime';
import { hashSessionToken } from './session-token';

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** The groups this user is limited to; null: every domain. */
  groupIds: string[] | null;
  /** This session reaches only the MFA enrolment page until MFA is on (lib/auth/require-user.ts). */
  mfaEnrolmentRequired: boolean;
}

/** How often a session's last use is written: once a minute is plenty for a timeout in hours. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The user behind a session cookie value, or null when it is unknown, has ended (idle too long,
 * past its lifetime, or signed out) or the user may not sign in. Moves the session's last use.
 */
export async function findSessionUser(
  token: string | undefined,
  db: PrismaClient = prisma,
  now = new Date(),
  lifetime: SessionLifetime = sessionLifetime(),
): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      mfaEnrolmentRequired: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabledAt: true,
          deletedAt: true,
          groupScopes: { select: { groupId: true } },
        },
      },
    },
  });
  if (!session) return null;
  if (hasEnded(session, now, lifetime)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  // A disabled or deleted user's sessions stop working at once, whatever their expiry.
  const { disabledAt, deletedAt, groupScopes, ...user } = session.user;
  if (disabledAt || deletedAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    // Conditional, so a burst of requests writes once.
    await db.session.updateMany({
      where: { id: session.id, lastSeenAt: { lte: new Date(now.getTime() - TOUCH_EVERY_MS) } },
      data: { lastSeenAt: now },
    });
  }
  return { ...user, groupIds: scopeOf(groupScopes), mfaEnrolmentRequired: session.mfaEnrolmentRequired };
}
