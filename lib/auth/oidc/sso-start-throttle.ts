import type { Redis } from 'ioredis';
import {
  recordThrottledFailure,
  recordThrottledSuccess,
  type ThrottleVerdict,
  takeThrottled,
} from '@/lib/auth/sign-in-throttle';
import { ssoStartKeys } from '@/lib/auth/sign-in-throttle-keys';

/**
 * Before an SSO sign-in starts (each start keeps a pending sign-in in Redis for 10 minutes): the
 * client address's starts are counted as the password sign-in counts failures (limits `ssoStart`
 * in sign-in-throttle-keys.ts) — a start counts against the address until its sign-in completes —
 * so a flood from one address waits, then locks, instead of filling Redis. 'unavailable' when
 * Redis cannot be asked: nothing could be started anyway.
 */
export async function takeSsoStart(
  redis: Redis,
  clientAddress: string | null,
  now = Date.now(),
): Promise<ThrottleVerdict> {
  const keys = ssoStartKeys(clientAddress);
  const verdict = await takeThrottled(keys, now, { redis });
  if (verdict.allowed) await recordThrottledFailure(keys, now, { redis });
  return verdict;
}

/** After an SSO sign-in completed: its start no longer counts against the address. */
export function giveBackSsoStart(redis: Redis, clientAddress: string | null): Promise<void> {
  return recordThrottledSuccess(ssoStartKeys(clientAddress), { redis });
}
