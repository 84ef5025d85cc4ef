import { createHash, randomBytes } from 'node:crypto';

/** API tokens look like `kensa_<43 base64url characters>` (256 random bits). */
export const API_TOKEN_PATTERN = /^kensa_[A-Za-z0-9_-]{43}$/;

/** Characters of the token kept in clear ("kensa_AbC123"), enough to tell tokens apart in a list. */
const DISPLAY_PREFIX_LENGTH = 'kensa_'.length + 6;

/** What the database stores for a token: a stolen api_tokens table yields no usable token. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A new token with what is stored of it. 256 random bits make guessing hopeless, so a plain
 * (unsalted, fast) SHA-256 is enough: there is no small space to brute-force as with passwords.
 */
export function newApiTokenSecret(): { token: string; tokenHash: string; prefix: string } {
  const token = `kensa_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, DISPLAY_PREFIX_LENGTH) };
}
