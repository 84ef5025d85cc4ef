import type { PrismaClient } from '@/generated/prisma/client';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { type UserRow, userRowOf, userRowSelect } from './user-row';

/** One account that is not deleted, or null; for admins not limited to groups only. */
export async function getUser(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<UserRow | null> {
  if (!isUnscopedAdmin(readAs(viewer))) throw new Error('Only admins not limited to groups read accounts.');
  if (!isUuid(id)) return null;
  const user = await db.user.findFirst({ where: { id, deletedAt: null }, select: userRowSelect });
  return user ? userRowOf(user) : null;
}
