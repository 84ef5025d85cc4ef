import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { attemptSignIn } from './attempt-sign-in';
import { createHashSlots, type HashSlots } from './hash-slots';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password';
import { NO_PASSWORD_HASH, SSO_ONLY_PASSWORD_HASH } from './password-markers';

const PASSWORD = 'correct horse battery staple';
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:63800', {
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
});
const keyPrefix = `kensa-test:attempt:${randomUUID()}`;
let scratch: ScratchDatabase;
let db: PrismaClient;
const ids: Record<string, string> = {};

/** Slots that count the Argon2id verifications run: one per attempt that reached the password. */
const counting = (() => {
  const slots = createHashSlots({ maxInFlight: 2, maxWaiting: 16 });
  const counted = { hashes: 0 };
  const wrapped: HashSlots = {
    ...slots,
    tryRun: (task) =>
      slots.tryRun(() => {
        counted.hashes++;
        return task();
      }),
  };
  return { slots: wrapped, counted };
})();

beforeAll(async () => {
  scratch = await createScratchDatabase('sign_in');
  db = scratch.db;
  const passwordHash = await hashPassword(PASSWORD);
  const now = new Date();
  for (const [key, extra] of [
    ['active', {}],
    ['disabled', { disabledAt: now }],
    ['deleted', { deletedAt: now }],
    ['invited', { passwordHash: NO_PASSWORD_HASH }],
    ['sso', { passwordHash: SSO_ONLY_PASSWORD_HASH, lastLoginAt: now }],
  ] as const) {
    const user = await db.user.create({
      data: { email: `${key}@signin.test`, passwordHash, role: 'editor', ...extra },
      select: { id: true },
    });
    ids[key] = user.id;
  }
}, 120_000);

afterAll(async () => {
  const keys = await redis.keys(`${keyPrefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await scratch?.drop();
});

const deps = () => ({ db, throttle: { redis, keyPrefix }, slots: counting.slots });
let addresses = 0;
/** Each attempt from its own address, so the address throttle stays out of the way. */
const from = (email: string, password: string) => ({
  email,
  password,
  clientAddress: `192.0.2.${(addresses++ % 250) + 1}`,
});

describe('attemptSignIn', () => {
  it('signs in with the right password, clears the count and logs the sign-in', async () => {
    const attempt = from('active@signin.test', PASSWORD);
    expect(await attemptSignIn(attempt, deps())).toEqual({
      ok: true,
      userId: ids.active,
      secondFactor: false,
    });
    const logged = await db.auditEvent.findFirstOrThrow({
      where: { action: 'auth.sign-in', actorUserId: ids.active },
    });
    expect(logged).toMatchObject({ actorLabel: 'active@signin.test', clientAddress: attempt.clientAddress });
  });

  it('answers an unknown e-mail, a wrong password, a disabled and a deleted account alike, after one hash each', async () => {
    const before = counting.counted.hashes;
    const outcomes = await Promise.all([
      attemptSignIn(from('nobody@signin.test', PASSWORD), deps()),
      attemptSignIn(from('active@signin.test', 'not the password at all'), deps()),
      attemptSignIn(from('disabled@signin.test', PASSWORD), deps()),
      attemptSignIn(from('deleted@signin.test', PASSWORD), deps()),
    ]);
    expect(outcomes).toEqual(Array(4).fill({ ok: false, code: 'invalid' }));
    expect(counting.counted.hashes - before).toBe(4);
    const failures = await db.auditEvent.findMany({
      where: { action: 'auth.sign-in-failed' },
      select: { actorUserId: true, actorLabel: true, after: true },
    });
    expect(failures).toEqual(
      expect.arrayContaining([
        { actorUserId: null, actorLabel: 'nobody@signin.test', after: { reason: 'unknown-email' } },
        { actorUserId: ids.active, actorLabel: 'active@signin.test', after: { reason: 'wrong-password' } },
        {
          actorUserId: ids.disabled,
          actorLabel: 'disabled@signin.test',
          after: { reason: 'account-disabled' },
        },
        {
          actorUserId: ids.deleted,
          actorLabel: 'deleted@signin.test',
          after: { reason: 'account-disabled' },
        },
      ]),
    );
  });

  it('costs an account without a password (invited, SSO-only) one full Argon2id check, as a wrong password does', async () => {
    // The markers '!invited' and '!sso' would fail before any hashing: a stopwatch would tell
    // which addresses have such accounts. Every attempt must verify a real Argon2id hash instead.
    const checked: string[] = [];
    const recording: typeof verifyPassword = (hash, password, slots) => {
      checked.push(hash);
      return verifyPassword(hash, password, slots);
    };
    const emails = ['invited@signin.test', 'sso@signin.test', 'nobody-else@signin.test'];
    for (const email of emails) {
      const outcome = await attemptSignIn(from(email, PASSWORD), { ...deps(), verify: recording });
      expect(outcome).toEqual({ ok: false, code: 'invalid' });
    }
    expect(checked).toEqual(Array(emails.length).fill(DUMMY_PASSWORD_HASH));
    // Whoever knows the dummy's password still does not get in.
    const matching = await attemptSignIn(from('sso@signin.test', PASSWORD), {
      ...deps(),
      verify: async () => true,
    });
    expect(matching).toEqual({ ok: false, code: 'invalid' });
    // … whose cost parameters are those of every stored password.
    const params = (hash: string) => hash.split('$').slice(1, 4).join('$');
    expect(params(DUMMY_PASSWORD_HASH)).toBe(params(await hashPassword('any password at all here')));
    const reasons = await db.auditEvent.findMany({
      where: { action: 'auth.sign-in-failed', actorUserId: { in: [ids.invited ?? '', ids.sso ?? ''] } },
      select: { after: true },
    });
    expect(reasons).toEqual(Array(3).fill({ after: { reason: 'no-password' } }));
  });

  it('treats a known and an unknown e-mail alike under throttling and lock, and logs the lock once', async () => {
    const email = `known-${randomUUID()}@signin.test`;
    await db.user.create({ data: { email, passwordHash: await hashPassword(PASSWORD), role: 'viewer' } });
    const codes: Record<string, string[]> = { known: [], unknown: [] };
    for (const [kind, address] of [
      ['known', email],
      ['unknown', `unknown-${randomUUID()}@signin.test`],
    ] as const) {
      let now = Date.now();
      for (let i = 0; i < 11; i++) {
        const outcome = await attemptSignIn(from(address, 'wrong guess'), { ...deps(), now });
        codes[kind]?.push(outcome.ok ? 'ok' : outcome.code);
        now += 60_000;
      }
      // Locked: even the right password is refused, before any hashing.
      const before = counting.counted.hashes;
      const locked = await attemptSignIn(from(address, PASSWORD), { ...deps(), now });
      expect(locked).toMatchObject({ ok: false, code: 'locked' });
      expect(counting.counted.hashes).toBe(before);
    }
    expect(codes.known).toEqual([...Array(10).fill('invalid'), 'locked']);
    expect(codes.unknown).toEqual(codes.known);
    const locks = await db.auditEvent.findMany({ where: { action: 'auth.lock', actorLabel: email } });
    expect(locks).toHaveLength(1);
    expect(locks[0]).toMatchObject({ targetType: 'user', targetLabel: email, after: { minutes: 15 } });
  });

  it('tells a caller to wait, with the seconds, once the free attempts are spent', async () => {
    const email = `wait-${randomUUID()}@signin.test`;
    const now = Date.now();
    for (let i = 0; i < 3; i++) await attemptSignIn(from(email, 'wrong guess'), { ...deps(), now });
    expect(await attemptSignIn(from(email, PASSWORD), { ...deps(), now })).toEqual({
      ok: false,
      code: 'wait',
      retryAfterSeconds: 1,
    });
  });

  it('refuses every sign-in, without hashing, when Redis is down', async () => {
    const away = new Redis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      retryStrategy: () => 1000,
    });
    away.on('error', () => {});
    try {
      const before = counting.counted.hashes;
      const outcome = await attemptSignIn(from('active@signin.test', PASSWORD), {
        ...deps(),
        throttle: { redis: away, keyPrefix },
      });
      expect(outcome).toEqual({ ok: false, code: 'unavailable' });
      expect(counting.counted.hashes).toBe(before);
    } finally {
      away.disconnect();
    }
  });

  it('answers busy when every hashing slot and the line are taken', async () => {
    const full = createHashSlots({ maxInFlight: 1, maxWaiting: 0 });
    let release = () => {};
    const holding = full.run(() => new Promise<void>((resolve) => (release = resolve)));
    const outcome = await attemptSignIn(from('active@signin.test', PASSWORD), { ...deps(), slots: full });
    release();
    await holding;
    expect(outcome).toEqual({ ok: false, code: 'busy' });
  });
});
