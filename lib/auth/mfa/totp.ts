import { Secret, TOTP } from 'otpauth';

/** RFC 6238 §4 and the Key Uri Format every authenticator app reads: HMAC-SHA-1, 30 s steps, 6 digits. */
const PERIOD = 30;
const DIGITS = 6;
/** RFC 6238 §5.2: one step either side, for clock drift and the time it takes to type the code. */
const WINDOW = 1;
const ISSUER = 'Kensa';

/** A new shared secret in base32: 160 bits, the length RFC 4226 §4 (R6) recommends for HMAC-SHA-1. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secret: string, account: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** The otpauth:// URI an authenticator app takes (as a QR code or pasted): issuer Kensa, the account. */
export function totpUri(secret: string, account: string): string {
  return totpOf(secret, account).toString();
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' };

/** Whether `input` has the shape of a TOTP code (spaces allowed, as apps show "123 456"). */
export function looksLikeTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s+/g, ''));
}

/**
 * Checks a code against the secret at `now` (ms), one step either side. The step it matched must be
 * later than `lastStep`, the last one accepted for this secret: a code seen once (over a shoulder,
 * by a phishing proxy) cannot be used again, also not within its own 90 s window (RFC 6238 §5.2).
 */
export function checkTotp(
  secret: string,
  input: string,
  { now, lastStep }: { now: number; lastStep: number | null },
): TotpCheck {
  const token = input.replace(/\s+/g, '');
  if (!looksLikeTotpCode(token)) return { ok: false, reason: 'wrong' };
  const delta = totpOf(secret, '').validate({ token, timestamp: now, window: WINDOW });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}
