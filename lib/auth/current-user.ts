import { cookies } from 'next/headers';
import { cache } from 'react';
import { findSessionUser, type SessionUser } from './find-session-user';
import { SESSION_COOKIE } from './session-token';

/** The signed-in user of the current request (looked up once per request), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  return findSessionUser(jar.get(SESSION_COOKIE)?.value);
});
