import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';

export interface OwnSessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  clientAddress: string | null;
  /** The session of the browser asking. */
  current: boolean;
}

/**
 * The viewer's own unexpired sessions, most recently seen first; `currentTokenHash` marks the one
 * the request came with. Never the token hash itself.
 */
export async function listOwnSessions(
  viewer: Viewer,
  currentTokenHash: string | null,
  { db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<OwnSessionRow[]> {
  const { userId } = readAs(viewer);
  if (!userId) return [];
  const sessions = await db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      tokenHash: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      userAgent: true,
      clientAddress: true,
    },
  });
  return sessions.map(({ tokenHash, ...session }) => ({
    ...session,
    current: tokenHash === currentTokenHash,
  }));
}
