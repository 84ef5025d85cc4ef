/**
 * The password hash of an invited user who has not yet chosen a password. No Argon2 hash starts
 * with '!', so verifyPassword fails on it and the account cannot be signed in to.
 */
export const NO_PASSWORD_HASH = '!invited';

/** What the users list shows; deleted users are not listed at all. */
export type UserStatus = 'active' | 'invited' | 'disabled';

/**
 * Invited: no password chosen and never signed in (someone invited who then signs in through SSO is
 * active without ever choosing a password).
 */
export function userStatus(user: {
  passwordHash: string;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
}): UserStatus {
  if (user.disabledAt) return 'disabled';
  return user.passwordHash === NO_PASSWORD_HASH && !user.lastLoginAt ? 'invited' : 'active';
}
