import { createHash, randomBytes } from 'node:crypto';

export type UserLinkKind = 'invite' | 'reset';

/** How long a link works: an invitation may wait over a weekend; a reset is for now. */
export const USER_LINK_HOURS: Record<UserLinkKind, number> = { invite: 72, reset: 24 };

/** The secret in a link: 256 random bits as base64url. */
export const USER_LINK_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What user_tokens stores: a stolen table yields no usable link. */
export function hashUserLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newUserLinkSecret(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashUserLinkToken(token) };
}

/** The page a link opens: /welcome/… to accept an invitation, /reset/… to choose a new password. */
export function userLinkUrl(kind: UserLinkKind, token: string, publicUrl: string): string {
  return new URL(`/${kind === 'invite' ? 'welcome' : 'reset'}/${token}`, publicUrl).toString();
}
