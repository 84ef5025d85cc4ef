import type { Redis } from 'ioredis';
import { env } from '@/lib/env';
import { failFastRedis, whenConnected } from '@/lib/redis';

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

const WINDOW_MS = 60_000;

export interface RateLimitOptions {
  /** Defaults to the process's fail-fast client (tests pass their own). */
  redis?: Redis;
  /** Requests per window; defaults to KENSA_API_RATE_LIMIT. */
  limit?: number;
  /** Prefix of the Redis keys (tests keep theirs apart). */
  keyPrefix?: string;
}

/**
 * Counts one request of `key` in the current fixed one-minute window (KENSA_API_RATE_LIMIT per
 * window). Fixed windows allow a burst of twice the limit across a window edge; for protecting the
 * database from a runaway script that is fine, and it costs one round trip.
 */
export async function takeRateLimit(
  key: string,
  now = Date.now(),
  options: RateLimitOptions = {},
): Promise<RateLimitState> {
  const limit = options.limit ?? env().KENSA_API_RATE_LIMIT;
  const windowStart = now - (now % WINDOW_MS);
  const resetSeconds = Math.ceil((windowStart + WINDOW_MS - now) / 1000);
  try {
    const redisKey = `${options.keyPrefix ?? 'kensa:ratelimit'}:${key}:${windowStart}`;
    const redis = options.redis ? await whenConnected(options.redis) : await failFastRedis();
    const [[, count]] = (await redis
      .multi()
      .incr(redisKey)
      .pexpire(redisKey, WINDOW_MS * 2)
      .exec()) as [[Error | null, number]];
    return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds };
  } catch (error) {
    console.error(`rate limit check failed, request let through: ${(error as Error).message}`);
    return { allowed: true, limit, remaining: limit, resetSeconds };
  }
}

/** The IETF draft RateLimit headers (and Retry-After on 429) for a response. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Limit': String(state.limit),
    'RateLimit-Remaining': String(state.remaining),
    'RateLimit-Reset': String(state.resetSeconds),
    ...(state.allowed ? {} : { 'Retry-After': String(state.resetSeconds) }),
  };
}
