import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { rateLimitHeaders, takeRateLimit } from './rate-limit';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:63800';
const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
const keyPrefix = `kensa-test:ratelimit:${randomUUID()}`;
// 10:00:15 of some minute: 45 s left in the window.
const now = Date.UTC(2026, 10, 28, 10, 0, 15);

afterAll(async () => {
  const keys = await redis.keys(`${keyPrefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('takeRateLimit', () => {
  it('allows the limit in a fixed one-minute window, then refuses with Retry-After until it resets', async () => {
    const options = { redis, limit: 3, keyPrefix };
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await takeRateLimit('token:a', now + i * 1000, options));
    expect(states.map((s) => s.allowed)).toEqual([true, true, true, false]);
    expect(states.map((s) => s.remaining)).toEqual([2, 1, 0, 0]);
    expect(rateLimitHeaders(states[0] ?? never())).toEqual({
      'RateLimit-Limit': '3',
      'RateLimit-Remaining': '2',
      'RateLimit-Reset': '45',
    });
    expect(rateLimitHeaders(states[3] ?? never())).toEqual({
      'RateLimit-Limit': '3',
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': '42',
      'Retry-After': '42',
    });
    // Another caller has its own count; the next window starts afresh.
    expect((await takeRateLimit('token:b', now, options)).remaining).toBe(2);
    const next = await takeRateLimit('token:a', now + 45_000, options);
    expect(next).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 60 });
    expect(await redis.pttl(`${keyPrefix}:token:a:${now - 15_000}`)).toBeGreaterThan(60_000);
  });

  it('lets requests through when Redis cannot be reached, at once', async () => {
    const away = new Redis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      retryStrategy: () => 1000,
    });
    away.on('error', () => {});
    try {
      const started = Date.now();
      const state = await takeRateLimit('token:a', now, { redis: away, limit: 3, keyPrefix });
      expect(state).toMatchObject({ allowed: true, limit: 3, remaining: 3 });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(rateLimitHeaders(state)).not.toHaveProperty('Retry-After');
    } finally {
      away.disconnect();
    }
  });
});

function never(): never {
  throw new Error('missing state');
}
