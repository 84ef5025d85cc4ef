import { prisma } from '@/lib/db';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password';

/**
 * The id of the user with this e-mail and password, or null. An unknown e-mail costs the same hash
 * as a wrong password, so the answer time does not tell which accounts exist.
 */
export async function checkPassword(email: string, password: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
  return user && ok === true ? user.id : null;
}
