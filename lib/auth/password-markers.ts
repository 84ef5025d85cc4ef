/**
 * The password hash of an invited user who has not yet chosen a password. No Argon2 hash starts
 * with '!', so no password matches it (passwordToCheck verifies the dummy hash instead).
 */
export const NO_PASSWORD_HASH = '!invited';

/**
 * The password hash of an account made by SSO: no password ever matches it, and it says where the
 * account came from. An admin may still issue it a set-password link (createUserLink, explicitly).
 */
export const SSO_ONLY_PASSWORD_HASH = '!sso';

/** Whether an account has no password of its own: invited and not yet accepted, or made by SSO. */
export function hasNoPassword(passwordHash: string): boolean {
  return passwordHash === NO_PASSWORD_HASH || passwordHash === SSO_ONLY_PASSWORD_HASH;
}
