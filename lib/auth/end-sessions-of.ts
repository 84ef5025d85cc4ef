import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { hashSessionToken } from './session-token';

/**
 * Ends every session of a user, at once on every device: after a change of role, scope, password,
 * or when they are disabled. `except` (a session token) keeps one, such as the caller's own.
 * Returns how many ended.
 */
export async function endSessionsOf(
  userId: string,
  { except }: { except?: string | null } = {},
  db: PrismaClient = prisma,
): Promise<number> {
  const kept = except ? { tokenHash: { not: hashSessionToken(except) } } : {};
  const { count } = await db.session.deleteMany({ where: { userId, ...kept } });
  return count;
}
