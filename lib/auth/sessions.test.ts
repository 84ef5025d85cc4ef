import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { createSession } from './create-session';
import { endSessionsOf } from './end-sessions-of';
import { findSessionUser } from './find-session-user';
import { purgeEndedSessions } from './purge-ended-sessions';
import { hashSessionToken } from './session-token';

const HOUR = 3_600_000;
const lifetime = { idleMs: 12 * HOUR, maxMs: 168 * HOUR };
const origin = { clientAddress: '192.0.2.8', userAgent: 'Mozilla/5.0 (test)' };
let scratch: ScratchDatabase;
let db: PrismaClient;
let userId: string;

beforeAll(async () => {
  scratch = await createScratchDatabase('sessions');
  db = scratch.db;
  ({ id: userId } = await db.user.create({
    data: { email: 'sessions@kensa.test', passwordHash: 'x', role: 'viewer' },
    select: { id: true },
  }));
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const open = (at: Date, replacing?: string[]) =>
  createSession({ userId, origin, replacing }, db, at, lifetime);
const find = (token: string, at: Date) => findSessionUser(token, db, at, lifetime);
const row = (token: string) => db.session.findUnique({ where: { tokenHash: hashSessionToken(token) } });
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('sessions', () => {
  it('stores the client address and user agent, and lasts KENSA_SESSION_MAX_HOURS at most', async () => {
    const t0 = new Date();
    const { token, expiresAt } = await open(t0);
    expect(expiresAt).toEqual(later(t0, 168 * HOUR));
    expect(await row(token)).toMatchObject({ clientAddress: '192.0.2.8', userAgent: 'Mozilla/5.0 (test)' });
    // Used every 11 hours it never idles out, but ends at the absolute lifetime all the same.
    let at = t0;
    for (let i = 0; i < 15; i++) {
      at = later(at, 11 * HOUR);
      expect(await find(token, at), `after ${(i + 1) * 11} h`).toMatchObject({ id: userId });
    }
    expect(await find(token, later(t0, 168 * HOUR))).toBeNull();
    expect(await row(token)).toBeNull();
  });

  it('ends after KENSA_SESSION_IDLE_HOURS without use', async () => {
    const t0 = new Date();
    const { token } = await open(t0);
    expect(await find(token, later(t0, 12 * HOUR - 1))).not.toBeNull();
    const again = await open(t0);
    expect(await find(again.token, later(t0, 12 * HOUR))).toBeNull();
  });

  it('records the last use at most once a minute', async () => {
    const t0 = new Date();
    const { token } = await open(t0);
    await find(token, later(t0, 30_000));
    expect((await row(token))?.lastSeenAt).toEqual(t0);
    await find(token, later(t0, 61_000));
    expect((await row(token))?.lastSeenAt).toEqual(later(t0, 61_000));
    await find(token, later(t0, 90_000));
    expect((await row(token))?.lastSeenAt).toEqual(later(t0, 61_000));
  });

  it('gives a new session id on sign-in and ends the one the browser presented', async () => {
    const t0 = new Date();
    const planted = await open(t0);
    const fresh = await open(t0, [planted.token]);
    expect(fresh.token).not.toBe(planted.token);
    expect(await row(planted.token)).toBeNull();
    expect(await find(planted.token, t0)).toBeNull();
    expect(await find(fresh.token, t0)).toMatchObject({ id: userId });
  });

  it('ends every session of a user, or all but one, on every device', async () => {
    const t0 = new Date();
    const [a, b, c] = [await open(t0), await open(t0), await open(t0)];
    expect(await endSessionsOf(userId, { except: a.token }, db)).toBeGreaterThanOrEqual(2);
    expect(await find(a.token, t0)).not.toBeNull();
    expect(await find(b.token, t0)).toBeNull();
    expect(await find(c.token, t0)).toBeNull();
    await endSessionsOf(userId, {}, db);
    expect(await find(a.token, t0)).toBeNull();
  });

  it('stops a disabled user at once, and purges ended sessions', async () => {
    const t0 = new Date();
    const live = await open(t0);
    const idle = await open(later(t0, -13 * HOUR));
    await db.user.update({ where: { id: userId }, data: { disabledAt: t0 } });
    expect(await find(live.token, t0)).toBeNull();
    await db.user.update({ where: { id: userId }, data: { disabledAt: null } });
    expect(await purgeEndedSessions(db, t0, lifetime)).toBe(1);
    expect(await row(idle.token)).toBeNull();
    expect(await row(live.token)).not.toBeNull();
  });
});
