import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { updateInstanceSettings } from '@/lib/settings/update-instance-settings';
import { resetUserMfa } from '@/lib/users/reset-user-mfa';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { attemptSignIn } from '../attempt-sign-in';
import { hashPassword } from '../password';
import { throttleKeys } from '../sign-in-throttle-keys';
import { attemptSecondFactor } from './attempt-second-factor';
import { beginMfaEnrolment } from './begin-mfa-enrolment';
import { confirmMfaEnrolment } from './confirm-mfa-enrolment';
import { disableMfa } from './disable-mfa';
import { regenerateRecoveryCodes } from './regenerate-recovery-codes';

// Sealed secrets in this file (read once, when env() is first asked).
process.env.KENSA_SECRET_KEY = Buffer.alloc(32, 3).toString('base64');

const PASSWORD = 'correct horse battery staple';
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:63800', {
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
});
const keyPrefix = `kensa-test:mfa:${randomUUID()}`;
let scratch: ScratchDatabase;
let db: PrismaClient;
/** A fixed clock, moved on by each test that needs a new time step. */
let clock = Date.UTC(2026, 11, 7, 3, 0, 10);

const codeAt = (secret: string, ms: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: ms,
  });
const actorOf = (user: { id: string; email: string }) => ({
  userId: user.id,
  label: user.email,
  clientAddress: '192.0.2.7',
});
const throttle = () => ({ redis, keyPrefix });

async function makeUser(name: string, role: 'admin' | 'editor' = 'editor', passwordHash?: string) {
  return db.user.create({
    data: { email: `${name}@mfa.test`, passwordHash: passwordHash ?? (await hashPassword(PASSWORD)), role },
    select: { id: true, email: true },
  });
}

/** A user with MFA on: returns the secret (as shown at enrolment) and the recovery codes. */
async function enrolled(name: string, role: 'admin' | 'editor' = 'editor') {
  const user = await makeUser(name, role);
  const begun = await beginMfaEnrolment(user.id, { db });
  if (!begun.ok) throw new Error(begun.code);
  clock += 30_000;
  const done = await confirmMfaEnrolment(actorOf(user), codeAt(begun.secret, clock), {
    db,
    now: new Date(clock),
  });
  if (!done.ok) throw new Error(done.code);
  return { ...user, secret: begun.secret, codes: done.recoveryCodes };
}

const second = (user: { id: string; email: string }, code: string, address = '198.51.100.1') =>
  attemptSecondFactor(
    { userId: user.id, email: user.email, code, clientAddress: address },
    { db, now: clock, throttle: throttle() },
  );

const audit = (userId: string, action: string) =>
  db.auditEvent.findMany({ where: { actorUserId: userId, action }, orderBy: { at: 'asc' } });

beforeAll(async () => {
  scratch = await createScratchDatabase('mfa');
  db = scratch.db;
}, 120_000);

afterAll(async () => {
  const keys = await redis.keys(`${keyPrefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await scratch?.drop();
});

describe('MFA enrolment', () => {
  it('turns on only with a code of the pending secret, keeps the secret sealed and ten recovery codes as hashes', async () => {
    const user = await makeUser('ann');
    const begun = await beginMfaEnrolment(user.id, { db });
    if (!begun.ok) throw new Error(begun.code);
    expect(begun.uri).toContain(`secret=${begun.secret}`);
    expect(begun.qr.path).toMatch(/^M\d+ \d+h1v1h-1z/);
    clock += 30_000;
    const now = new Date(clock);
    expect(await confirmMfaEnrolment(actorOf(user), '000000', { db, now })).toEqual({
      ok: false,
      code: 'wrong_code',
    });
    const done = await confirmMfaEnrolment(actorOf(user), codeAt(begun.secret, clock), { db, now });
    if (!done.ok) throw new Error(done.code);
    expect(done.recoveryCodes).toHaveLength(10);
    expect(new Set(done.recoveryCodes).size).toBe(10);
    expect(done.recoveryCodes[0]).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mfaEnabledAt).toEqual(now);
    expect(row.totpPendingSecret).toBeNull();
    expect(row.totpSecret).toMatch(/^v1\./);
    const stored = JSON.stringify(
      [row, await db.mfaRecoveryCode.findMany({ where: { userId: user.id } })],
      (_k, v) => (typeof v === 'bigint' ? v.toString() : v),
    );
    expect(stored).not.toContain(begun.secret);
    for (const code of done.recoveryCodes) expect(stored).not.toContain(code);
    expect(await audit(user.id, 'mfa.enable')).toHaveLength(1);
    expect(await beginMfaEnrolment(user.id, { db })).toEqual({ ok: false, code: 'already_enabled' });
  });

  it('is refused to an account without a password (SSO: the provider does MFA)', async () => {
    const user = await makeUser('sso', 'editor', '!sso');
    expect(await beginMfaEnrolment(user.id, { db })).toEqual({ ok: false, code: 'no_password' });
  });
});

describe('signing in with MFA', () => {
  it('asks for a second factor after the right password, and opens nothing yet', async () => {
    const user = await enrolled('bea');
    const outcome = await attemptSignIn(
      { email: user.email, password: PASSWORD, clientAddress: '198.51.100.2' },
      { db, now: clock, throttle: throttle() },
    );
    expect(outcome).toEqual({ ok: true, userId: user.id, secondFactor: true });
    expect(await audit(user.id, 'auth.sign-in')).toHaveLength(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('leaves the address as it was after a completed sign-in, and the e-mail cleared', async () => {
    const user = await enrolled('bob');
    const clientAddress = '198.51.100.3';
    await attemptSignIn(
      { email: user.email, password: PASSWORD, clientAddress },
      { db, now: clock, throttle: throttle() },
    );
    const [[, accountKey], [, addressKey]] = throttleKeys(
      { email: user.email, clientAddress },
      keyPrefix,
    ) as [[string, string], [string, string]];
    expect(await redis.hget(accountKey, 'count')).toBe('1'); // still counted: the sign-in is not done
    expect(await redis.hget(addressKey, 'count')).toBe('0');
    clock += 30_000;
    expect(await second(user, codeAt(user.secret, clock), clientAddress)).toEqual({ ok: true });
    expect(await redis.exists(accountKey)).toBe(0);
    expect(await redis.hget(addressKey, 'count')).toBe('0');
  });

  it('accepts a TOTP code once: the same code again is refused as a replay', async () => {
    const user = await enrolled('cai');
    clock += 30_000;
    const code = codeAt(user.secret, clock);
    expect(await second(user, code)).toEqual({ ok: true });
    expect(await second(user, code)).toEqual({ ok: false, code: 'invalid' });
    expect(await second(user, '123456')).toEqual({ ok: false, code: 'invalid' });
    const signIns = await audit(user.id, 'auth.sign-in');
    expect(signIns.map((event) => event.after)).toEqual([{ mfa: 'totp' }]);
    const failures = await audit(user.id, 'auth.mfa-failed');
    expect(failures.map((event) => (event.after as { reason: string }).reason)).toEqual(
      expect.arrayContaining(['replayed-code']),
    );
  });

  it('accepts each recovery code once, in any case and spacing, and logs how many are left', async () => {
    const user = await enrolled('dan');
    const [first = '', other = ''] = user.codes;
    expect(await second(user, first.toLowerCase().replaceAll('-', ' '))).toEqual({ ok: true });
    expect(await second(user, first)).toEqual({ ok: false, code: 'invalid' });
    expect(await second(user, other)).toEqual({ ok: true });
    const used = await audit(user.id, 'mfa.recovery-code.used');
    expect(used.map((event) => event.after)).toEqual([{ left: 9 }, { left: 8 }]);
    const failures = await audit(user.id, 'auth.mfa-failed');
    expect(failures.map((event) => event.after)).toEqual([{ reason: 'used-recovery-code' }]);
  });

  it('locks the e-mail after wrong codes, even with the right password typed in between', async () => {
    const user = await enrolled('eve');
    const password = () =>
      attemptSignIn(
        { email: user.email, password: PASSWORD, clientAddress: '203.0.113.9' },
        { db, now: clock, throttle: throttle() },
      );
    let locked = false;
    for (let round = 0; round < 20 && !locked; round++) {
      clock += 61_000; // past any wait, well within the hour the count is kept
      const outcome = round % 3 === 0 ? await password() : await second(user, '000000', '203.0.113.9');
      if (!outcome.ok && outcome.code === 'locked') locked = true;
      if (outcome.ok && 'secondFactor' in outcome) expect(outcome.secondFactor).toBe(true);
    }
    expect(locked).toBe(true);
    expect((await audit(user.id, 'auth.lock')).length).toBeGreaterThan(0);
    // Locked: the right code does not get through either.
    clock += 1_000;
    expect(await second(user, codeAt(user.secret, clock), '203.0.113.9')).toMatchObject({
      ok: false,
      code: 'locked',
    });
  });

  it('refuses a second step for a user disabled since the password', async () => {
    const user = await enrolled('fay');
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    clock += 30_000;
    expect(await second(user, codeAt(user.secret, clock))).toEqual({ ok: false, code: 'expired' });
  });
});

describe('changing MFA', () => {
  it('renews recovery codes only with a code or the password, and the old ones die', async () => {
    const user = await enrolled('gus');
    const now = () => new Date(clock);
    expect(await regenerateRecoveryCodes(actorOf(user), 'not my password', { db, now: now() })).toEqual({
      ok: false,
      code: 'wrong_proof',
    });
    const renewed = await regenerateRecoveryCodes(actorOf(user), PASSWORD, { db, now: now() });
    if (!renewed.ok) throw new Error(renewed.code);
    expect(await second(user, user.codes[0] ?? '')).toEqual({ ok: false, code: 'invalid' });
    expect(await second(user, renewed.recoveryCodes[0] ?? '')).toEqual({ ok: true });
    expect(await audit(user.id, 'mfa.recovery-codes.regenerate')).toHaveLength(1);
  });

  it('turns off with a current code, not for an admin while MFA is required for admins', async () => {
    const admin = await enrolled('hal', 'admin');
    const user = await enrolled('ivy');
    await updateInstanceSettings({ requireAdminMfa: true }, actorOf(admin), { db });
    clock += 30_000;
    expect(
      await disableMfa(actorOf(admin), codeAt(admin.secret, clock), { db, now: new Date(clock) }),
    ).toEqual({
      ok: false,
      code: 'required',
    });
    expect(await disableMfa(actorOf(user), '000000', { db, now: new Date(clock) })).toEqual({
      ok: false,
      code: 'wrong_proof',
    });
    expect(await disableMfa(actorOf(user), codeAt(user.secret, clock), { db, now: new Date(clock) })).toEqual(
      {
        ok: true,
      },
    );
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([row.mfaEnabledAt, row.totpSecret, row.totpLastStep]).toEqual([null, null, null]);
    expect(await db.mfaRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await audit(user.id, 'mfa.disable')).toHaveLength(1);
    const settings = await db.auditEvent.findMany({ where: { action: 'settings.update' } });
    expect(settings.map((event) => [event.before, event.after])).toEqual([
      [{ requireAdminMfa: false }, { requireAdminMfa: true }],
    ]);
    await updateInstanceSettings({ requireAdminMfa: true }, actorOf(admin), { db }); // unchanged: not logged
    await updateInstanceSettings({ requireAdminMfa: false }, actorOf(admin), { db });
    expect(await db.auditEvent.count({ where: { action: 'settings.update' } })).toBe(2);
  });

  it('is reset by an admin for another user (lost phone), never for themselves', async () => {
    const admin = await enrolled('jon', 'admin');
    const user = await enrolled('kim');
    expect(await resetUserMfa(admin.id, actorOf(admin), { db })).toEqual({ ok: false, code: 'own_account' });
    expect(await resetUserMfa(user.id, actorOf(admin), { db })).toEqual({ ok: true });
    expect(await resetUserMfa(user.id, actorOf(admin), { db })).toEqual({ ok: false, code: 'not_enabled' });
    const [reset] = await audit(admin.id, 'mfa.reset');
    expect(reset).toMatchObject({ targetId: user.id, targetLabel: user.email });
    clock += 30_000;
    expect(await second(user, codeAt(user.secret, clock))).toEqual({ ok: false, code: 'expired' });
  });
});
