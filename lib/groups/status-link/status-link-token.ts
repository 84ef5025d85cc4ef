import { createHash, randomBytes } from 'node:crypto';

/** A status link's token: 32 random bytes in base64url (256 bits, more than the 128 asked for). */
export const STATUS_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps of a token, so a copy of the groups table opens no status page. */
export function hashStatusToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh token and its hash. As with API tokens, 256 random bits need no slow, salted hash. */
export function newStatusToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashStatusToken(token) };
}

/** The page's address for a token (shown once, when made). */
export function statusLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/status/${token}`;
}
