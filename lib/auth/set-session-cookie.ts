import { cookies } from 'next/headers';
import { createSession } from './create-session';
import { endSession } from './end-session';
import type { RequestOrigin } from './request-origin';
import { sessionCookie } from './session-cookie';
import { SESSION_COOKIE_NAMES } from './session-token';

type CookieJar = Awaited<ReturnType<typeof cookies>>;

/**
 * Opens a new session for the user and sets its cookie (HttpOnly, SameSite=Lax; Secure and
 * `__Host-` over https). The sessions of whatever session cookies the browser presented end.
 */
export async function signInAs(
  userId: string,
  origin: RequestOrigin,
  { mfaEnrolmentRequired = false }: { mfaEnrolmentRequired?: boolean } = {},
): Promise<void> {
  const jar = await cookies();
  const cookie = sessionCookie();
  const presented = SESSION_COOKIE_NAMES.flatMap((name) => jar.get(name)?.value ?? []);
  const { token, expiresAt } = await createSession({
    userId,
    origin,
    replacing: presented,
    mfaEnrolmentRequired,
  });
  clearSessionCookies(jar);
  jar.set(cookie.name, token, { ...cookie.options, expires: expiresAt });
}

/** Ends the sessions of the cookies the request carries and clears them from the browser. */
export async function endPresentedSessions(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const token = jar.get(name)?.value;
    if (token) await endSession(token);
  }
  clearSessionCookies(jar);
}

/** The session token the current request carries, under the cookie name in force. */
export async function presentedSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookie().name)?.value;
}

function clearSessionCookies(jar: CookieJar): void {
  for (const name of SESSION_COOKIE_NAMES) {
    if (!jar.has(name)) continue;
    // A browser ignores a `__Host-` Set-Cookie without Secure and Path=/, deletions included.
    jar.set(name, '', {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: name.startsWith('__Host-'),
      maxAge: 0,
    });
  }
}
