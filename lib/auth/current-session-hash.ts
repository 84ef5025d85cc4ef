import { hashSessionToken } from './session-token';
import { presentedSessionToken } from './set-session-cookie';

/** The stored hash of this request's session cookie (to mark "this browser"), or null. */
export async function currentSessionHash(): Promise<string | null> {
  const token = await presentedSessionToken();
  return token ? hashSessionToken(token) : null;
}
