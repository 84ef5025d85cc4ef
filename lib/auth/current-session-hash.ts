import { cookies } from 'next/headers';
import { hashSessionToken, SESSION_COOKIE } from './session-token';

/** The stored hash of this request's session cookie (to mark "this browser"), or null. */
export async function currentSessionHash(): Promise<string | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? hashSessionToken(token) : null;
}
