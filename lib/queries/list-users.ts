import type { PrismaClient } from '@/generated/prisma/client';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type UserRow, userRowOf, userRowSelect } from './user-row';

/** Every account that is not deleted, by e-mail; for admins not limited to groups only. */
export async function listUsers(viewer: Viewer, db: PrismaClient = prisma): Promise<UserRow[]> {
  if (!isUnscopedAdmin(readAs(viewer))) throw new Error('Only admins not limited to groups read accounts.');
  const users = await db.user.findMany({
    where: { deletedAt: null },
    orderBy: { email: 'asc' },
    select: userRowSelect,
  });
  return users.map(userRowOf);
}
