import { createHash, randomBytes } from 'node:crypto';

/** Both names the session cookie can have (lib/auth/session-cookie.ts); the proxy's gate accepts either. */
export const SESSION_COOKIE_NAMES = ['__Host-kensa_session', 'kensa_session'] as const;

/** A new opaque session token (256 random bits) for the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores: a stolen sessions table yields no usable cookie. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
