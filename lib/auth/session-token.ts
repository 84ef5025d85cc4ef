import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'kensa_session';
export const SESSION_DAYS = 7;

/** A new opaque session token (256 random bits) for the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores: a stolen sessions table yields no usable cookie. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
