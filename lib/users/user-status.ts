import { NO_PASSWORD_HASH } from '@/lib/auth/password-markers';

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
