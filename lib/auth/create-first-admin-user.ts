import { prisma } from '@/lib/db';
import { hashPassword } from './password';

/**
 * Creates the first admin, only while no account exists at all; null when one already does. The
 * check and the insert are one serializable transaction, so two browsers racing on a fresh install
 * cannot both become the first admin.
 */
export async function createFirstAdminUser(input: {
  name: string;
  email: string;
  password: string;
}): Promise<{ id: string } | null> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(
    async (tx) => {
      if ((await tx.user.count()) > 0) return null;
      return tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, role: 'admin' },
        select: { id: true },
      });
    },
    { isolationLevel: 'Serializable' },
  );
}
