import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { recordSignInFailure, recordSignInSuccess, takeSignInAttempt } from './sign-in-throttle';
import { addressBlock, SIGN_IN_LIMITS } from './sign-in-throttle-keys';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:63800', {
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
});
const keyPrefix = `kensa-test:signin:${randomUUID()}`;
const options = { redis, keyPrefix };
const MINUTE = 60_000;

afterAll(async () => {
  const keys = await redis.keys(`${keyPrefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/** One failed sign-in at `now`: the attempt is taken, then recorded as a failure. */
async function fail(subject: { email: string; clientAddress: string | null }, now: number) {
  const verdict = await takeSignInAttempt(subject, now, options);
  const locked = verdict.allowed ? await recordSignInFailure(subject, now, options) : [];
  return { verdict, locked };
}

describe('sign-in throttle', () => {
  it('lets the first failures through, then makes each wait twice as long as the last', async () => {
    const subject = { email: `grow-${randomUUID()}@example.jp`, clientAddress: null };
    let now = Date.now();
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      let verdict = await takeSignInAttempt(subject, now, options);
      const wait = !verdict.allowed && verdict.reason === 'wait' ? verdict.retryAfterMs : 0;
      waits.push(wait);
      now += wait;
      if (!verdict.allowed) verdict = await takeSignInAttempt(subject, now, options);
      expect(verdict.allowed).toBe(true);
      await recordSignInFailure(subject, now, options);
    }
    // free = 3: the 4th attempt, after the 3rd failure, waits 1 s; then 2, 4, 8 s.
    expect(SIGN_IN_LIMITS.account.free).toBe(3);
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
  });

  it('refuses an attempt made before its wait is over, without counting it', async () => {
    const subject = { email: `early-${randomUUID()}@example.jp`, clientAddress: null };
    const start = Date.now();
    for (let i = 0; i < 3; i++) await fail(subject, start);
    expect(await takeSignInAttempt(subject, start + 500, options)).toEqual({
      allowed: false,
      reason: 'wait',
      retryAfterMs: 500,
    });
    // The early attempt did not lengthen the wait.
    expect((await takeSignInAttempt(subject, start + 1000, options)).allowed).toBe(true);
  });

  it('locks an e-mail after 10 failures in a row, and lets it try again when the lock expires', async () => {
    const subject = { email: `lock-${randomUUID()}@example.jp`, clientAddress: null };
    let now = Date.now();
    const lockedAt: number[] = [];
    for (let i = 1; i <= SIGN_IN_LIMITS.account.lockAfter; i++) {
      const { verdict, locked } = await fail(subject, now);
      expect(verdict.allowed).toBe(true);
      if (locked.length > 0) lockedAt.push(i);
      expect(locked).toEqual(i === 10 ? ['account'] : []);
      now += SIGN_IN_LIMITS.account.maxDelayMs;
    }
    expect(lockedAt).toEqual([10]);
    const during = await takeSignInAttempt(subject, now, options);
    expect(during).toMatchObject({ allowed: false, reason: 'locked' });
    expect(during.allowed === false && 'retryAfterMs' in during && during.retryAfterMs).toBe(
      15 * MINUTE - MINUTE,
    );
    expect((await takeSignInAttempt(subject, now + 14 * MINUTE - 1, options)).allowed).toBe(false);
    // After the lock the count starts over: three free attempts again.
    const after = now + 14 * MINUTE;
    for (let i = 0; i < 3; i++) expect((await takeSignInAttempt(subject, after, options)).allowed).toBe(true);
    expect((await takeSignInAttempt(subject, after, options)).allowed).toBe(false);
  });

  it('forgets failures after an hour without one', async () => {
    const subject = { email: `forget-${randomUUID()}@example.jp`, clientAddress: null };
    const start = Date.now();
    for (let i = 0; i < 3; i++) await fail(subject, start);
    const later = start + SIGN_IN_LIMITS.account.forgetMs + 1;
    for (let i = 0; i < 3; i++) expect((await fail(subject, later)).verdict.allowed).toBe(true);
  });

  it('a success clears the e-mail but gives the address back only its own attempt', async () => {
    const clientAddress = '192.0.2.77';
    const now = Date.now();
    const victim = { email: `victim-${randomUUID()}@example.jp`, clientAddress };
    for (let i = 0; i < 3; i++) await fail(victim, now);
    const own = { email: `own-${randomUUID()}@example.jp`, clientAddress };
    const later = now + 2000;
    expect((await takeSignInAttempt(own, later, options)).allowed).toBe(true);
    await recordSignInSuccess(own, options);
    expect(await redis.hget(`${keyPrefix}:address:${clientAddress}`, 'count')).toBe('3');
    for (let i = 0; i < 3; i++) await fail(own, later);
    await recordSignInSuccess(own, options);
    expect((await takeSignInAttempt(own, later + 1, options)).allowed).toBe(true);
  });

  it('throttles an address across e-mails, an IPv6 /64 as one address', async () => {
    const now = Date.now();
    const prefix = '2001:db8:17:4';
    for (let i = 0; i < SIGN_IN_LIMITS.address.free; i++) {
      const subject = {
        email: `spray-${i}-${randomUUID()}@example.jp`,
        clientAddress: `${prefix}::${i + 1}`,
      };
      expect((await fail(subject, now)).verdict.allowed).toBe(true);
    }
    const next = { email: `spray-new-${randomUUID()}@example.jp`, clientAddress: `${prefix}:0:0:0:ffff` };
    expect(await takeSignInAttempt(next, now, options)).toMatchObject({ allowed: false, reason: 'wait' });
    expect(addressBlock('2001:db8:17:4::1')).toBe('2001:db8:17:4::/64');
    expect(addressBlock('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });

  it('refuses sign-in, at once, when Redis cannot be reached', async () => {
    const away = new Redis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      retryStrategy: () => 1000,
    });
    away.on('error', () => {});
    try {
      const started = Date.now();
      const subject = { email: 'anyone@example.jp', clientAddress: '192.0.2.1' };
      expect(await takeSignInAttempt(subject, started, { redis: away, keyPrefix })).toEqual({
        allowed: false,
        reason: 'unavailable',
      });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      away.disconnect();
    }
  });
});
