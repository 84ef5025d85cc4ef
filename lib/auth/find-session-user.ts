import { prisma } from '@/lib/db';
import { hashSessionToken } from './session-token';

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: 'admin' | 'viewer';
}

/** The user behind a session cookie value, or null when it is unknown or expired. */
export async function findSessionUser(token: string | undefined): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  return session.user;
}
