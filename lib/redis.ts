import { Redis } from 'ioredis';
import { env } from '@/lib/env';

/**
 * A Redis connection for BullMQ. `maxRetriesPerRequest: null` makes commands wait through a Redis
 * restart instead of failing (BullMQ requires it for workers); the client reconnects by itself.
 */
export function createRedisConnection(url = env().REDIS_URL): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

/** How long the first command of a process waits for the fail-fast connection to come up. */
const FIRST_CONNECT_WAIT_MS = 1000;
const globalForRedis = globalThis as unknown as { kensaFailFastRedis?: Redis };

/**
 * The process's connection for request-time checks (API rate limits, sign-in throttling): its
 * commands fail at once while Redis is away instead of queueing, so a request never hangs on it.
 * Each caller decides what a failure means (the API lets the call in; sign-in refuses). A new
 * client would fail its first commands until connected, so the first use waits for that, briefly.
 */
export async function failFastRedis(): Promise<Redis> {
  globalForRedis.kensaFailFastRedis ??= (() => {
    const redis = new Redis(env().REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', () => {}); // reconnects by itself; each failed command is reported by its caller
    return redis;
  })();
  return whenConnected(globalForRedis.kensaFailFastRedis);
}

/**
 * Waits (at most FIRST_CONNECT_WAIT_MS) for a client that is still making its first connection.
 * Later, while Redis is away, the status is 'reconnecting' and this returns at once.
 */
export async function whenConnected(redis: Redis): Promise<Redis> {
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
