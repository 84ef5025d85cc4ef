import { prisma } from '@/lib/db';
import { hashSessionToken } from './session-token';

/** Ends a session in the database, so the cookie is worthless even if it was copied. */
export async function endSession(token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
}
