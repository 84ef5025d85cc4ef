import { prisma } from '@/lib/db';

/** How many accounts exist; zero means the first-run screen is open. */
export function countUsers(): Promise<number> {
  return prisma.user.count();
}
