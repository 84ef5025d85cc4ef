import type { PrismaClient } from '@/generated/prisma/client';
import { type Viewer, viewerOfStatusLink } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { hashStatusToken, STATUS_TOKEN_PATTERN } from './status-link-token';

/**
 * The viewer a public status link reads as: its group alone, or null when the token is malformed,
 * revoked, rotated away or never existed (the page then answers 404, the same for each).
 */
export async function authenticateStatusLink(
  token: string,
  db: PrismaClient = prisma,
): Promise<Viewer | null> {
  if (!STATUS_TOKEN_PATTERN.test(token)) return null;
  const group = await db.group.findUnique({
    where: { statusTokenHash: hashStatusToken(token) },
    select: { id: true },
  });
  return group ? viewerOfStatusLink(group.id) : null;
}
