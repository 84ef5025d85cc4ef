'use server';

import { redirect } from 'next/navigation';
import { endPresentedSessions } from '@/lib/auth/set-session-cookie';

/** Ends the session in the database (not only the cookie) and returns to the sign-in page. */
export async function signOutAction(): Promise<void> {
  await endPresentedSessions();
  redirect('/login');
}
