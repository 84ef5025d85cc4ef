import { Redis } from 'ioredis';
import { env } from '@/lib/env';

/**
 * A Redis connection for BullMQ. `maxRetriesPerRequest: null` makes commands wait through a Redis
 * restart instead of failing (BullMQ requires it for workers); the client reconnects by itself.
 */
export function createRedisConnection(url = env().REDIS_URL): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}
