/**
 * The sign-in with a second step, through the real server actions (cookies as the browser would
 * carry them, real PostgreSQL and Redis): a right password opens no session but a pending second
 * step; a wrong code is refused; the right one opens the session once; and an admin without MFA,
 * while it is required, gets a session that reaches only the enrolment page.
 */

import { getURLFromRedirectError } from 'next/dist/client/components/redirect';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { beginMfaEnrolment } from '@/lib/auth/mfa/begin-mfa-enrolment';
import { confirmMfaEnrolment } from '@/lib/auth/mfa/confirm-mfa-enrolment';
import { hashPassword } from '@/lib/auth/password';
import { MFA_ENROLMENT_PATH, requireUser } from '@/lib/auth/require-user';
import { translator } from '@/lib/i18n/translate';
import { updateInstanceSettings } from '@/lib/settings/update-instance-settings';
import { cookies, inRequest } from '@/testing/authz/request-scope';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { signInAction } from './sign-in';
import { submitSecondFactorAction } from './submit-second-factor';

vi.mock('next/headers', () => import('@/testing/authz/request-scope'));

const PASSWORD = 'correct horse battery staple';
let scratch: ScratchDatabase;
let db: PrismaClient;
let secret = '';
const stamp = Date.now().toString(36);
const email = `mia-${stamp}@mfa-flow.test`;
const adminEmail = `ada-${stamp}@mfa-flow.test`;

beforeAll(async () => {
  scratch = await createScratchDatabase('mfa_flow');
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  const passwordHash = await hashPassword(PASSWORD);
  const user = await db.user.create({ data: { email, passwordHash, role: 'editor' }, select: { id: true } });
  await db.user.create({ data: { email: adminEmail, passwordHash, role: 'admin' } });
  const begun = await beginMfaEnrolment(user.id, { db });
  if (!begun.ok) throw new Error(begun.code);
  secret = begun.secret;
  // Enrolled a minute ago, so the code of "now" is a later step than the one spent here.
  const then = Date.now() - 60_000;
  const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: then });
  await confirmMfaEnrolment({ userId: user.id, label: email }, code, { db, now: new Date(then) });
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

type Outcome = { to: string | null; answer: unknown; cookies: Record<string, string> };

/** Runs an action as a browser at 198.51.100.x with `jar` would, and what it set in the jar. */
async function post(
  run: () => Promise<unknown>,
  jar: Record<string, string>,
  address: string,
): Promise<Outcome> {
  const headers = {
    cookie: Object.entries(jar)
      .map(([name, value]) => `${name}=${value}`)
      .join('; '),
    'x-forwarded-for': address,
  };
  return inRequest(new Request('http://kensa.test/login', { method: 'POST', headers }), async () => {
    let to: string | null = null;
    let answer: unknown;
    try {
      answer = await run();
    } catch (error) {
      if (!isRedirectError(error)) throw error;
      to = getURLFromRedirectError(error);
    }
    const set = Object.fromEntries((await cookies()).getAll().map((cookie) => [cookie.name, cookie.value]));
    return { to, answer, cookies: set };
  });
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('signing in with a second step', () => {
  it('opens a session only after the right code, once per pending sign-in', async () => {
    const address = '198.51.100.21';
    const first = await post(
      () => signInAction({ error: null }, form({ email, password: PASSWORD, next: '/groups' })),
      {},
      address,
    );
    expect(first.to).toBe('/login/mfa');
    expect(first.cookies.kensa_mfa).toMatch(/^[\w-]{43}$/);
    expect(first.cookies.kensa_session).toBeUndefined();
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);
    const jar = { kensa_mfa: first.cookies.kensa_mfa ?? '' };

    const wrong = await post(
      () => submitSecondFactorAction({ error: null }, form({ code: '000000' })),
      jar,
      address,
    );
    expect(wrong.to).toBeNull();
    // No language cookie: Japanese, the default.
    expect(wrong.answer).toEqual({ error: translator('ja')('mfa.signIn.error.invalid') });
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);

    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    const right = await post(() => submitSecondFactorAction({ error: null }, form({ code })), jar, address);
    expect(right.to).toBe('/groups');
    expect(right.cookies.kensa_session).toMatch(/.{20,}/);
    expect(right.cookies.kensa_mfa).toBe('');
    expect(await db.session.count({ where: { user: { email } } })).toBe(1);

    // The pending sign-in is spent: its cookie replayed goes back to the password.
    const again = await post(() => submitSecondFactorAction({ error: null }, form({ code })), jar, address);
    expect(again.to).toBe('/login?mfa=expired');
    expect(await db.session.count({ where: { user: { email } } })).toBe(1);
  });

  it('answers an unknown pending cookie as expired, never with a session', async () => {
    const outcome = await post(
      () => submitSecondFactorAction({ error: null }, form({ code: '123456' })),
      { kensa_mfa: 'forged-forged-forged-forged-forged-forged-123' },
      '198.51.100.22',
    );
    expect(outcome.to).toBe('/login?mfa=expired');
  });

  it('holds an admin without MFA at the enrolment page while MFA is required for admins', async () => {
    await updateInstanceSettings({ requireAdminMfa: true }, { userId: null, label: 'test' }, { db });
    try {
      const signedIn = await post(
        () => signInAction({ error: null }, form({ email: adminEmail, password: PASSWORD, next: '/' })),
        {},
        '198.51.100.23',
      );
      expect(signedIn.to).toBe(MFA_ENROLMENT_PATH);
      const jar = { kensa_session: signedIn.cookies.kensa_session ?? '' };
      const elsewhere = await post(() => requireUser('viewer'), jar, '198.51.100.23');
      expect(elsewhere.to).toBe(MFA_ENROLMENT_PATH);
      const enrolment = await post(
        () => requireUser('viewer', { duringMfaEnrolment: true }),
        jar,
        '198.51.100.23',
      );
      expect(enrolment.to).toBeNull();
      expect(enrolment.answer).toMatchObject({ email: adminEmail, mfaEnrolmentRequired: true });
      // Turning the requirement off releases the held session.
      await updateInstanceSettings({ requireAdminMfa: false }, { userId: null, label: 'test' }, { db });
      expect((await post(() => requireUser('viewer'), jar, '198.51.100.23')).to).toBeNull();
    } finally {
      await updateInstanceSettings({ requireAdminMfa: false }, { userId: null, label: 'test' }, { db });
    }
  });
});
