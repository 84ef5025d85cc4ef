import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { SSO_ONLY_PASSWORD_HASH } from '@/lib/auth/password-markers';
import { decodedHeader, type MailReceiver, startMailReceiver } from '@/testing/mail-receiver';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { createUserLink } from './create-user-link';
import { findUserLink } from './find-user-link';
import { inviteUser } from './invite-user';
import { redeemUserLink } from './redeem-user-link';
import type { LinkDelivery } from './send-user-link-mail';
import { makeSession, makeUser, passwordHolder } from './testing/user-fixtures';
import { hashUserLinkToken } from './user-link-secret';

let scratch: ScratchDatabase;
let db: PrismaClient;
let receiver: MailReceiver;
const noMail: LinkDelivery = {
  smtpUrl: undefined,
  from: 'Kensa <kensa@kensa.test>',
  publicUrl: 'https://kensa.test',
};
const HOUR = 3_600_000;

beforeAll(async () => {
  scratch = await createScratchDatabase('user_links');
  db = scratch.db;
  process.env.DATABASE_URL = scratch.url;
  receiver = await startMailReceiver();
}, 120_000);

afterAll(async () => {
  await receiver?.stop();
  await scratch?.drop();
});

const tokenOf = (url: string) => url.split('/').at(-1) as string;

describe('invitations and reset links', () => {
  it('invites, and the invitee sets a password through the link and can sign in', async () => {
    const admin = await makeUser(db, 'admin');
    const invited = await inviteUser({ email: ' New.User@Users.test ', role: 'editor' }, admin.actor, {
      db,
      delivery: noMail,
    });
    if (!invited.ok) throw new Error(invited.code);
    expect(invited.mail).toBe('not_configured');
    expect(invited.link.url).toMatch(/^https:\/\/kensa\.test\/welcome\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(invited.link.url);
    const stored = await db.userToken.findFirstOrThrow({ where: { userId: invited.id } });
    expect(stored).toMatchObject({ kind: 'invite', tokenHash: hashUserLinkToken(token), usedAt: null });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(72 * HOUR);
    expect(await passwordHolder(db, 'new.user@users.test', 'x')).toBeNull();
    expect(await findUserLink(token, 'invite', { db })).toMatchObject({ email: 'new.user@users.test' });
    expect(await findUserLink(token, 'reset', { db })).toBeNull();

    expect(await redeemUserLink({ token, kind: 'invite', password: 'short' }, { db })).toEqual({
      ok: false,
      code: 'weak_password',
      reason: 'too-short',
    });
    const redeemed = await redeemUserLink(
      {
        token,
        kind: 'invite',
        password: 'a long enough passphrase',
        name: 'New User',
        clientAddress: '192.0.2.44',
      },
      { db },
    );
    expect(redeemed).toEqual({ ok: true, userId: invited.id, email: 'new.user@users.test' });
    expect(await passwordHolder(db, 'new.user@users.test', 'a long enough passphrase')).toBe(invited.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: invited.id } })).toMatchObject({
      name: 'New User',
      role: 'editor',
    });
    const actions = await db.auditEvent.findMany({ where: { targetId: invited.id }, orderBy: { at: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['user.invite', 'user.accept-invite']);
    expect(actions[1]?.clientAddress).toBe('192.0.2.44');
    expect(JSON.stringify(actions)).not.toContain(token);
    expect(JSON.stringify(actions)).not.toContain('$argon2');
  });

  it('refuses a used, expired, superseded or other-kind link alike', async () => {
    const admin = await makeUser(db, 'admin');
    const now = new Date('2026-12-01T00:00:00Z');
    const invited = await inviteUser({ email: 'late@users.test', role: 'viewer' }, admin.actor, {
      db,
      delivery: noMail,
      now,
    });
    if (!invited.ok) throw new Error(invited.code);
    const token = tokenOf(invited.link.url);
    const late = new Date(now.getTime() + 72 * HOUR);
    expect(
      await redeemUserLink({ token, kind: 'invite', password: 'twelve chars!!' }, { db, now: late }),
    ).toEqual({
      ok: false,
      code: 'invalid_link',
    });
    const again = await createUserLink(invited.id, admin.actor, { db, delivery: noMail, now });
    if (!again.ok) throw new Error(again.code);
    expect(again.link.kind).toBe('invite');
    const fresh = tokenOf(again.link.url);
    const at = new Date(now.getTime() + HOUR);
    expect(
      await redeemUserLink({ token, kind: 'invite', password: 'twelve chars!!' }, { db, now: at }),
    ).toMatchObject({ ok: false });
    expect(
      await redeemUserLink({ token: fresh, kind: 'reset', password: 'twelve chars!!' }, { db, now: at }),
    ).toMatchObject({ ok: false });
    const twice = await Promise.all([
      redeemUserLink({ token: fresh, kind: 'invite', password: 'first password!' }, { db, now: at }),
      redeemUserLink({ token: fresh, kind: 'invite', password: 'second password' }, { db, now: at }),
    ]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await redeemUserLink({ token: fresh, kind: 'invite', password: 'third password!' }, { db, now: at }),
    ).toMatchObject({ ok: false });
  });

  it('resets a password through a 24-hour link, ending every session of the user', async () => {
    const admin = await makeUser(db, 'admin');
    const user = await makeUser(db, 'viewer');
    const cookie = await makeSession(db, user.id);
    const reset = await createUserLink(user.id, admin.actor, { db, delivery: noMail });
    if (!reset.ok) throw new Error(reset.code);
    expect(reset.link.kind).toBe('reset');
    expect(reset.link.url).toContain('/reset/');
    expect(reset.link.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * HOUR);
    expect(cookie).toBeTruthy();
    const done = await redeemUserLink(
      { token: tokenOf(reset.link.url), kind: 'reset', password: 'brand new password' },
      { db },
    );
    expect(done.ok).toBe(true);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await passwordHolder(db, user.email, 'brand new password')).toBe(user.id);
  });

  it('refuses links of a disabled user', async () => {
    const admin = await makeUser(db, 'admin');
    const user = await makeUser(db, 'viewer');
    const reset = await createUserLink(user.id, admin.actor, { db, delivery: noMail });
    if (!reset.ok) throw new Error(reset.code);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findUserLink(tokenOf(reset.link.url), 'reset', { db })).toBeNull();
    expect(
      await redeemUserLink(
        { token: tokenOf(reset.link.url), kind: 'reset', password: 'long password here' },
        { db },
      ),
    ).toMatchObject({ ok: false });
    expect(await createUserLink(user.id, admin.actor, { db, delivery: noMail })).toEqual({
      ok: false,
      code: 'disabled',
    });
  });

  it('mails the link when SMTP is configured, and says so when the server is unreachable', async () => {
    const admin = await makeUser(db, 'admin');
    const delivery = { ...noMail, smtpUrl: receiver.url };
    const invited = await inviteUser({ email: 'mailed@users.test', role: 'viewer' }, admin.actor, {
      db,
      delivery,
    });
    if (!invited.ok) throw new Error(invited.code);
    expect(invited.mail).toBe('sent');
    const mail = receiver.mails.at(-1);
    expect(mail?.rcptTo).toEqual(['mailed@users.test']);
    expect(decodedHeader(mail?.raw ?? '', 'Subject')).toContain('Invitation to Kensa');
    // A single-part message: its body is quoted-printable with soft line breaks (RFC 2045 §6.7).
    expect(mail?.raw.replace(/=\r\n/g, '')).toContain(invited.link.url);
    const unreachable = await inviteUser({ email: 'unmailed@users.test', role: 'viewer' }, admin.actor, {
      db,
      delivery: { ...noMail, smtpUrl: 'smtp://127.0.0.1:9' },
    });
    expect(unreachable).toMatchObject({ ok: true, mail: 'failed' });
  });

  it('refuses an address in use and an unknown group, creating nothing', async () => {
    const admin = await makeUser(db, 'admin');
    expect(
      await inviteUser({ email: admin.email, role: 'viewer' }, admin.actor, { db, delivery: noMail }),
    ).toEqual({
      ok: false,
      code: 'email_taken',
    });
    const unknown = await inviteUser(
      { email: 'scoped@users.test', role: 'viewer', groupIds: ['01a2219d-72c9-730c-9d88-142ec624ae19'] },
      admin.actor,
      { db, delivery: noMail },
    );
    expect(unknown).toEqual({ ok: false, code: 'unknown_group' });
    expect(await db.user.count({ where: { email: 'scoped@users.test' } })).toBe(0);
  });
  it('refuses a reset link for an account that signs in only through SSO, unless the admin allows a password', async () => {
    const admin = await makeUser(db, 'admin');
    const sso = await db.user.create({
      data: { email: 'sso-only@users.test', passwordHash: SSO_ONLY_PASSWORD_HASH, role: 'viewer' },
      select: { id: true },
    });
    expect(await createUserLink(sso.id, admin.actor, { db, delivery: noMail })).toEqual({
      ok: false,
      code: 'sso_only',
    });
    expect(await db.userToken.count({ where: { userId: sso.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetId: sso.id } })).toBe(0);
    const allowed = await createUserLink(sso.id, admin.actor, { db, delivery: noMail, allowPassword: true });
    if (!allowed.ok) throw new Error(allowed.code);
    expect(allowed.link.kind).toBe('reset');
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: 'user.reset-link', targetId: sso.id } }),
    ).toMatchObject({ after: { firstPassword: true } });
    const password = 'a first password for sso';
    const token = tokenOf(allowed.link.url);
    expect(await redeemUserLink({ token, kind: 'reset', password }, { db })).toMatchObject({ ok: true });
    expect(await passwordHolder(db, 'sso-only@users.test', password)).toBe(sso.id);
    // Now it has a password of its own: an ordinary reset needs no confirmation.
    expect(await createUserLink(sso.id, admin.actor, { db, delivery: noMail })).toMatchObject({ ok: true });
  });
});
