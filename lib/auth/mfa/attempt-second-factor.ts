import type { PrismaClient } from '@/generated/prisma/client';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import type { SignInRefusal } from '../attempt-sign-in';
import { recordFailedSignInStep } from '../record-failed-sign-in-step';
import { recordSignInSuccess, type ThrottleOptions, takeSignInAttempt } from '../sign-in-throttle';
import { verifySecondFactor } from './verify-second-factor';

export interface SecondFactorAttempt {
  userId: string;
  /** The e-mail as typed at the first step: both steps count against the same throttle keys. */
  email: string;
  code: string;
  clientAddress: string | null;
}

export type SecondFactorOutcome =
  | { ok: true }
  | { ok: false; code: SignInRefusal | 'expired'; retryAfterSeconds?: number };

/**
 * The second step of a sign-in, throttled with the first (lib/auth/sign-in-throttle.ts: the same
 * e-mail and address keys, so guessing codes locks like guessing passwords). A right code clears the
 * e-mail's count and records `auth.sign-in` with the method; a wrong one `auth.mfa-failed` with the
 * reason. A user disabled, deleted or without MFA since the password step gets 'expired'.
 */
export async function attemptSecondFactor(
  attempt: SecondFactorAttempt,
  deps: { db?: PrismaClient; now?: number; throttle?: ThrottleOptions } = {},
): Promise<SecondFactorOutcome> {
  const { db = prisma, now = Date.now(), throttle = {} } = deps;
  const gate = await takeSignInAttempt(attempt, now, throttle);
  if (!gate.allowed) {
    if (gate.reason === 'unavailable') return { ok: false, code: 'unavailable' };
    return { ok: false, code: gate.reason, retryAfterSeconds: Math.ceil(gate.retryAfterMs / 1000) };
  }
  const user = await db.user.findFirst({
    where: { id: attempt.userId, disabledAt: null, deletedAt: null, mfaEnabledAt: { not: null } },
    select: { id: true, email: true },
  });
  if (!user) return { ok: false, code: 'expired' };
  const actor = { userId: user.id, label: user.email, clientAddress: attempt.clientAddress };
  const check = await verifySecondFactor(db, actor, attempt.code, new Date(now));
  if (check.ok) {
    await recordSignInSuccess(attempt, throttle);
    await recordAuditEvent(actor, { action: 'auth.sign-in', after: { mfa: check.method } }, db);
    return { ok: true };
  }
  await recordFailedSignInStep(
    { subject: attempt, actor, userId: user.id, action: 'auth.mfa-failed', reason: check.reason },
    { db, now, throttle },
  );
  return { ok: false, code: 'invalid' };
}
