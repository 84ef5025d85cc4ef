import { cache } from 'react';
import { findSessionUser, type SessionUser } from './find-session-user';
import { presentedSessionToken } from './set-session-cookie';

/** The signed-in user of the current request (looked up once per request), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  return findSessionUser(await presentedSessionToken());
});
