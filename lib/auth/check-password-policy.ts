/** The shortest password accepted anywhere a password is set (NIST SP 800-63B §3.1.1.2 asks at least 8; we ask 12). */
export const PASSWORD_MIN_LENGTH = 12;
/** Bounded so hashing an absurd input cannot tie up a web process. */
export const PASSWORD_MAX_LENGTH = 1000;

export type PasswordPolicyResult = { ok: true } | { ok: false; code: 'too_short' | 'too_long' };

/**
 * Whether a new password may be set. Length counts code points, so a Japanese passphrase of twelve
 * characters passes as an English one does; no composition rules (SP 800-63B advises against them).
 */
export function checkPasswordPolicy(password: string): PasswordPolicyResult {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, code: 'too_short' };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, code: 'too_long' };
  return { ok: true };
}
