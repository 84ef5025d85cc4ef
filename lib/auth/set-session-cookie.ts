import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { createSession } from './create-session';
import { SESSION_COOKIE } from './session-token';

/** Opens a session for the user and sets its cookie (HttpOnly, SameSite=Lax, Secure over HTTPS). */
export async function signInAs(userId: string): Promise<void> {
  const jar = await cookies();
  const { token, expiresAt } = await createSession(userId, null);
  jar.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().KENSA_SECURE_COOKIES === 'true',
    path: '/',
    expires: expiresAt,
  });
}
