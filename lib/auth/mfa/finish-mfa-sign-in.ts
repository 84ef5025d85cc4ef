import type { Redis } from 'ioredis';
import { failFastRedis } from '@/lib/redis';
import type { SignInRefusal } from '../attempt-sign-in';
import { attemptSecondFactor } from './attempt-second-factor';
import {
  countPendingMfaFailure,
  endPendingMfaSignIn,
  type PendingMfaSignIn,
  readPendingMfaSignIn,
} from './pending-mfa-sign-in';

export type FinishMfaSignInResult =
  | { ok: true; userId: string; next: string }
  | { ok: false; code: SignInRefusal | 'expired'; retryAfterSeconds?: number };

/**
 * The second step for the pending sign-in the browser's token names: checks the code (throttled,
 * audited: attempt-second-factor.ts) and, when right, ends the pending sign-in — only the request
 * that ends it goes on to a session, so one pending sign-in makes at most one. 'expired': no such
 * pending sign-in (never started, over PENDING_MFA_SECONDS, finished, or dropped after wrong codes).
 */
export async function finishMfaSignIn(
  token: string | undefined,
  code: string,
  clientAddress: string | null,
): Promise<FinishMfaSignInResult> {
  let redis: Redis;
  let pending: PendingMfaSignIn | null;
  try {
    redis = await failFastRedis();
    pending = await readPendingMfaSignIn(redis, token);
  } catch (error) {
    console.error(`MFA sign-in unavailable, refused: ${(error as Error).message}`);
    return { ok: false, code: 'unavailable' };
  }
  if (!token || !pending) return { ok: false, code: 'expired' };
  const outcome = await attemptSecondFactor({
    userId: pending.userId,
    email: pending.email,
    code,
    clientAddress,
  });
  if (!outcome.ok) {
    if (outcome.code === 'invalid') await countPendingMfaFailure(redis, token).catch(() => {});
    return outcome;
  }
  if (!(await endPendingMfaSignIn(redis, token))) return { ok: false, code: 'expired' };
  return { ok: true, userId: pending.userId, next: pending.next };
}
