import type { PrismaClient } from '@/generated/prisma/client';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import type { HashSlots } from './hash-slots';
import { passwordSignInEnabled } from './oidc/oidc-settings';
import { passwordToCheck, verifyPassword } from './password';
import { recordFailedSignInStep } from './record-failed-sign-in-step';
import { recordSignInSuccess, type ThrottleOptions, takeSignInAttempt } from './sign-in-throttle';

export interface SignInAttempt {
  /** As typed, trimmed and lower-cased. */
  email: string;
  password: string;
  clientAddress: string | null;
}

/** Why a sign-in was refused: the caller shows one message per code and learns nothing more. */
export type SignInRefusal = 'invalid' | 'wait' | 'locked' | 'unavailable' | 'busy';

export type SignInOutcome =
  /** `secondFactor`: the account has MFA; the sign-in is not done until it is given (mfa/attempt-second-factor.ts). */
  | { ok: true; userId: string; secondFactor: boolean }
  | { ok: false; code: SignInRefusal; retryAfterSeconds?: number };

export interface SignInDeps {
  db?: PrismaClient;
  now?: number;
  throttle?: ThrottleOptions;
  slots?: HashSlots;
  /** The Argon2id check (tests wrap it to see which hash each attempt costs). */
  verify?: typeof verifyPassword;
}

/**
 * Checks an e-mail and password, throttled per e-mail and per client address (sign-in-throttle.ts).
 * An unknown e-mail, a wrong password, an account without a password (invited, or made by SSO) and
 * a disabled or deleted account get the same answer ('invalid') after the same work — one Argon2id
 * verification, against a dummy hash when there is no password to check (passwordToCheck) — so
 * neither the answer nor its timing tells which accounts exist. Failures, locks and
 * successes go to the audit log; with KENSA_PASSWORD_SIGNIN=false every password is refused; refusals before the password check do not (a flood would write
 * them at its own pace; the lock that caused them is logged once).
 */
export async function attemptSignIn(attempt: SignInAttempt, deps: SignInDeps = {}): Promise<SignInOutcome> {
  const { db = prisma, now = Date.now(), throttle = {}, verify = verifyPassword } = deps;
  // SSO only (KENSA_PASSWORD_SIGNIN=false): no password is accepted, whatever a crafted form posts.
  if (!passwordSignInEnabled()) return { ok: false, code: 'invalid' };
  const gate = await takeSignInAttempt(attempt, now, throttle);
  if (!gate.allowed) {
    if (gate.reason === 'unavailable') return { ok: false, code: 'unavailable' };
    return { ok: false, code: gate.reason, retryAfterSeconds: Math.ceil(gate.retryAfterMs / 1000) };
  }
  const user = await db.user.findUnique({
    where: { email: attempt.email },
    select: {
      id: true,
      email: true,
      passwordHash: true,
      disabledAt: true,
      deletedAt: true,
      mfaEnabledAt: true,
    },
  });
  const stored = passwordToCheck(user?.passwordHash);
  const verdict = await verify(stored.hash, attempt.password, deps.slots);
  if (verdict === 'busy') return { ok: false, code: 'busy' };
  const actor = { userId: user?.id ?? null, label: attempt.email, clientAddress: attempt.clientAddress };
  if (verdict && stored.usable && user && !user.disabledAt && !user.deletedAt) {
    // With MFA the attempt stays counted until the second step succeeds: a right password must not
    // clear the e-mail's failures, or guessing codes between passwords would never lock.
    if (user.mfaEnabledAt) {
      await recordSignInSuccess(attempt, throttle, { keepAccount: true });
      return { ok: true, userId: user.id, secondFactor: true };
    }
    await recordSignInSuccess(attempt, throttle);
    await recordAuditEvent({ ...actor, label: user.email }, { action: 'auth.sign-in' }, db);
    return { ok: true, userId: user.id, secondFactor: false };
  }
  const reason = !user
    ? 'unknown-email'
    : !stored.usable
      ? 'no-password'
      : !verdict
        ? 'wrong-password'
        : 'account-disabled';
  await recordFailedSignInStep(
    { subject: attempt, actor, userId: user?.id ?? null, action: 'auth.sign-in-failed', reason },
    { db, now, throttle },
  );
  return { ok: false, code: 'invalid' };
}
