import { Redis } from 'ioredis';
import { env } from '@/lib/env';

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

const WINDOW_MS = 60_000;
/** How long the first check of a process waits for the limiter's connection to come up. */
const FIRST_CONNECT_WAIT_MS = 1000;
const globalForLimiter = globalThis as unknown as { kensaRateLimitRedis?: Redis };

/**
 * Rate limiting must never hang or break the API when Redis is away: this client fails commands at
 * once instead of queueing them (the BullMQ connections wait), and a failed check lets the call in.
 */
function limiterRedis(): Redis {
  globalForLimiter.kensaRateLimitRedis ??= (() => {
    const redis = new Redis(env().REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', () => {}); // reconnects by itself; each failed check is logged below
    return redis;
  })();
  return globalForLimiter.kensaRateLimitRedis;
}

/**
 * A new client fails commands until it has connected (no offline queue), which would let the first
 * request of every process through unchecked; wait for that first connection (or its failure), briefly. Later, while
 * Redis is away, the status is 'reconnecting' and checks fail at once.
 */
async function connected(redis: Redis): Promise<Redis> {
  if (redis.status !== 'wait' && redis.status !== 'connecting' && redis.status !== 'connect') return redis;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done).off('error', done);
      resolve();
    };
    const timer = setTimeout(done, FIRST_CONNECT_WAIT_MS);
    redis.once('ready', done).once('error', done);
  });
  return redis;
}

export interface RateLimitOptions {
  /** Defaults to the process's limiter client (tests pass their own). */
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
    const redis = await connected(options.redis ?? limiterRedis());
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
