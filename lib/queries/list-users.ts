import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type UserRow, userRowOf, userRowSelect } from './user-row';

/** Every account that is not deleted, by e-mail; for admins only. */
export async function listUsers(viewer: Viewer, db: PrismaClient = prisma): Promise<UserRow[]> {
  if (readAs(viewer).role !== 'admin') throw new Error('Only admins read accounts.');
  const users = await db.user.findMany({
    where: { deletedAt: null },
    orderBy: { email: 'asc' },
    select: userRowSelect,
  });
  return users.map(userRowOf);
}
