/** The shortest password accepted anywhere a password is set (NIST SP 800-63B §3.1.1.2 asks 8; we ask 12). */
export const PASSWORD_MIN_LENGTH = 12;
/** Bounded so hashing an absurd input cannot tie up a web process. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordWeakness = 'too-short' | 'too-long';
export type PasswordVerdict = { ok: true } | { ok: false; reason: PasswordWeakness };

/** What the policy may compare a password with (the account's own e-mail and name). */
export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

/**
 * Whether a new password may be set: the one check every place that sets a password calls (the
 * link pages, the own-account page). Length counts code points, so a Japanese passphrase of twelve
 * characters passes as an English one does; no composition rules (SP 800-63B advises against them).
 * Shaped as signin-hardening's fuller policy (lib/auth/password-policy.ts) so this can re-export it.
 */
export function checkPasswordPolicy(password: string, _context: PasswordContext = {}): PasswordVerdict {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: 'too-short' };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true };
}
