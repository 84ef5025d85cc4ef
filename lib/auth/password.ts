import { hash, verify } from '@node-rs/argon2';
import { env } from '@/lib/env';
import { BUSY, createHashSlots, type HashSlots } from './hash-slots';

/** Sign-ins that may wait for a hashing slot per process; beyond them a sign-in is refused as busy. */
const MAX_WAITING = 16;

let slots: HashSlots | undefined;

/** The process's hashing slots: KENSA_PASSWORD_HASH_CONCURRENCY at once. */
function passwordSlots(): HashSlots {
  slots ??= createHashSlots({ maxInFlight: env().KENSA_PASSWORD_HASH_CONCURRENCY, maxWaiting: MAX_WAITING });
  return slots;
}

/**
 * Argon2id with the library's defaults (OWASP's minimum: m=19 MiB, t=2, p=1). Waits for a slot
 * however long the line: setting a password is for signed-in people or the setup-code holder.
 */
export function hashPassword(password: string, within: HashSlots = passwordSlots()): Promise<string> {
  return within.run(() => hash(password));
}

/** Whether `password` matches; 'busy' when too many hashes are running or waiting in this process. */
export async function verifyPassword(
  passwordHash: string,
  password: string,
  within: HashSlots = passwordSlots(),
): Promise<boolean | 'busy'> {
  const verdict = await within.tryRun(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false; // a malformed stored hash never signs anyone in
    }
  });
  return verdict === BUSY ? 'busy' : verdict;
}

/**
 * A hash to verify against when the account has no password to check, so timing does not reveal
 * which accounts exist or have a password. Its parameters are hashPassword's, so it costs the same.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$QBWVpT+39AeCVMptNskurA$7tKEk5H796wnfaoKF7KVNpZrnIeGIhPfd7V657U0AGA';

/**
 * What a sign-in verifies the typed password against: the account's own hash when it is an Argon2id
 * one, else the dummy — for an unknown e-mail, an invitation not yet accepted (`!invited`) and an
 * account made by SSO (`!sso`), whose markers would fail at once, before any hashing, and so tell
 * an observer with a stopwatch that the address has an account without a password. `usable` false:
 * whatever the verification says, the sign-in fails.
 */
export function passwordToCheck(stored: string | null | undefined): { hash: string; usable: boolean } {
  return stored?.startsWith('$argon2id$')
    ? { hash: stored, usable: true }
    : { hash: DUMMY_PASSWORD_HASH, usable: false };
}

/** Whether a stored hash is a real password's (invitations and SSO accounts keep a `!…` marker no password matches). */
export function hasPassword(passwordHash: string): boolean {
  return passwordToCheck(passwordHash).usable;
}
