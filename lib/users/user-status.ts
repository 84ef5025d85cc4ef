/**
 * The password hash of an invited user who has not yet chosen a password. No Argon2 hash starts
 * with '!', so verifyPassword fails on it and the account cannot be signed in to.
 */
export const NO_PASSWORD_HASH = '!invited';

/** What the users list shows; deleted users are not listed at all. */
export type UserStatus = 'active' | 'invited' | 'disabled';

export function userStatus(user: { passwordHash: string; disabledAt: Date | null }): UserStatus {
  if (user.disabledAt) return 'disabled';
  return user.passwordHash === NO_PASSWORD_HASH ? 'invited' : 'active';
}
