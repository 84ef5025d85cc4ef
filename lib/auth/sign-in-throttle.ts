import type { Redis } from 'ioredis';
import { failFastRedis, whenConnected } from '@/lib/redis';
import {
  SIGN_IN_LIMITS,
  type ThrottleKind,
  type ThrottleSubject,
  throttleKeys,
} from './sign-in-throttle-keys';

export type ThrottleVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'wait' | 'locked'; retryAfterMs: number }
  | { allowed: false; reason: 'unavailable' };

export interface ThrottleOptions {
  /** Defaults to the process's fail-fast client (tests pass their own). */
  redis?: Redis;
  /** Prefix of the Redis keys (tests keep theirs apart). */
  keyPrefix?: string;
}

// Each key is a hash {count, last, next, locked} (times in ms). Checking both keys and counting the
// attempt is one script, so concurrent attempts cannot all slip in before the first is counted: an
// attempt is counted as a failure before its password is hashed, and forgiven if it succeeds.
const TAKE = `
local now = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local s = redis.call('HMGET', key, 'locked', 'next')
  local locked, nxt = tonumber(s[1]) or 0, tonumber(s[2]) or 0
  if locked > now then return {'locked', locked - now} end
  if nxt > now then return {'wait', nxt - now} end
end
for i, key in ipairs(KEYS) do
  local o = 1 + (i - 1) * 5
  local free, base, maxDelay, forget, ttl = tonumber(ARGV[o+1]), tonumber(ARGV[o+2]), tonumber(ARGV[o+3]), tonumber(ARGV[o+4]), tonumber(ARGV[o+5])
  local s = redis.call('HMGET', key, 'count', 'last')
  local count, last = tonumber(s[1]) or 0, tonumber(s[2]) or 0
  if now - last > forget then count = 0 end
  count = count + 1
  local delay = 0
  if count >= free then delay = math.min(maxDelay, base * 2 ^ (count - free)) end
  redis.call('HSET', key, 'count', count, 'last', now, 'next', now + math.floor(delay))
  redis.call('PEXPIRE', key, ttl)
end
return {'ok', 0}`;

// After a wrong password: a key whose count reached its limit is locked, and its count starts over.
const FAIL = `
local now, out = tonumber(ARGV[1]), {}
for i, key in ipairs(KEYS) do
  local lockAfter, lockMs = tonumber(ARGV[2*i]), tonumber(ARGV[2*i+1])
  if (tonumber(redis.call('HGET', key, 'count')) or 0) >= lockAfter then
    redis.call('HSET', key, 'locked', now + lockMs, 'count', 0, 'next', 0)
    redis.call('PEXPIRE', key, lockMs + 60000)
    out[#out + 1] = i
  end
end
return out`;

/** Redis's own clock decides expiry; a margin lets tests move `now` an hour ahead. */
const ttlOf = (kind: ThrottleKind) =>
  Math.max(SIGN_IN_LIMITS[kind].forgetMs, SIGN_IN_LIMITS[kind].lockMs) * 2;

async function redisOf(options: ThrottleOptions): Promise<Redis> {
  return options.redis ? whenConnected(options.redis) : failFastRedis();
}

/**
 * Before a password is checked: refused while the e-mail or the address is locked or must still
 * wait, else counted. 'unavailable' when Redis cannot be asked: sign-in is then refused, never let
 * through unthrottled.
 */
export function takeSignInAttempt(
  subject: ThrottleSubject,
  now = Date.now(),
  options: ThrottleOptions = {},
): Promise<ThrottleVerdict> {
  return takeThrottled(throttleKeys(subject, options.keyPrefix), now, options);
}

/** Checks and counts an attempt on these keys (takeSignInAttempt; SSO starts, sso-start-throttle.ts). */
export async function takeThrottled(
  keys: Array<[ThrottleKind, string]>,
  now: number,
  options: ThrottleOptions,
): Promise<ThrottleVerdict> {
  const limits = keys.flatMap(([kind]) => {
    const { free, baseDelayMs, maxDelayMs, forgetMs } = SIGN_IN_LIMITS[kind];
    return [free, baseDelayMs, maxDelayMs, forgetMs, ttlOf(kind)];
  });
  try {
    const redis = await redisOf(options);
    const [verdict, ms] = (await redis.eval(
      TAKE,
      keys.length,
      ...keys.map(([, key]) => key),
      now,
      ...limits,
    )) as [string, number];
    if (verdict === 'ok') return { allowed: true };
    return { allowed: false, reason: verdict === 'locked' ? 'locked' : 'wait', retryAfterMs: ms };
  } catch (error) {
    console.error(`throttle unavailable, sign-in refused: ${(error as Error).message}`);
    return { allowed: false, reason: 'unavailable' };
  }
}

/** After a wrong password (or a refused account): which keys this failure locked. */
export function recordSignInFailure(
  subject: ThrottleSubject,
  now = Date.now(),
  options: ThrottleOptions = {},
): Promise<ThrottleKind[]> {
  return recordThrottledFailure(throttleKeys(subject, options.keyPrefix), now, options);
}

/** Locks the keys whose count reached their limit; returns their kinds. */
export async function recordThrottledFailure(
  keys: Array<[ThrottleKind, string]>,
  now: number,
  options: ThrottleOptions,
): Promise<ThrottleKind[]> {
  const limits = keys.flatMap(([kind]) => [SIGN_IN_LIMITS[kind].lockAfter, SIGN_IN_LIMITS[kind].lockMs]);
  try {
    const redis = await redisOf(options);
    const locked = (await redis.eval(
      FAIL,
      keys.length,
      ...keys.map(([, key]) => key),
      now,
      ...limits,
    )) as number[];
    return locked.flatMap((index) => keys[index - 1]?.[0] ?? []);
  } catch (error) {
    console.error(`throttle could not record a failure: ${(error as Error).message}`);
    return [];
  }
}

/**
 * After a right password (or second factor): the e-mail's count is cleared; the address only gets
 * this attempt back, so one good account cannot wipe the record of guesses at others from the same
 * address. `keepAccount`: a right password with the second factor still to come — the address gets
 * the attempt back, the e-mail keeps counting until the sign-in is complete.
 */
export function recordSignInSuccess(
  subject: ThrottleSubject,
  options: ThrottleOptions = {},
  { keepAccount = false }: { keepAccount?: boolean } = {},
): Promise<void> {
  const keys = throttleKeys(subject, options.keyPrefix);
  return recordThrottledSuccess(keepAccount ? keys.filter(([kind]) => kind !== 'account') : keys, options);
}

/** After a success: an account key is cleared, any other gets this one attempt back. */
export async function recordThrottledSuccess(
  keys: Array<[ThrottleKind, string]>,
  options: ThrottleOptions,
): Promise<void> {
  try {
    const redis = await redisOf(options);
    const multi = redis.multi();
    for (const [kind, key] of keys) {
      if (kind === 'account') multi.del(key);
      else multi.hincrby(key, 'count', -1);
    }
    await multi.exec();
  } catch (error) {
    console.error(`throttle could not record a success: ${(error as Error).message}`);
  }
}
