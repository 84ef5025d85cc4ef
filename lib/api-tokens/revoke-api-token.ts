import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';

/**
 * Revokes a token from now on (the row stays, so the list shows who had it and when it was last
 * used). False when there is no such token or it was revoked already.
 */
export async function revokeApiToken(id: string, db: PrismaClient = prisma, now = new Date()) {
  const revoked = await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return revoked.count > 0;
}
