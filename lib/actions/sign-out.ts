'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { hashSessionToken, SESSION_COOKIE } from '@/lib/auth/session-token';
import { prisma } from '@/lib/db';

/** Ends the session in the database (not only the cookie) and returns to the sign-in page. */
export async function signOut(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await prisma.session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
  jar.delete(SESSION_COOKIE);
  redirect('/login');
}
