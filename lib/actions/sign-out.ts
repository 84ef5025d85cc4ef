'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { endSession } from '@/lib/auth/end-session';
import { SESSION_COOKIE } from '@/lib/auth/session-token';

/** Ends the session in the database (not only the cookie) and returns to the sign-in page. */
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await endSession(token);
  jar.delete(SESSION_COOKIE);
  redirect('/login');
}
