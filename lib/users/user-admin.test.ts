import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { findApiToken } from '@/lib/api-tokens/find-api-token';
import { findSessionUser } from '@/lib/auth/find-session-user';
import { NO_PASSWORD_HASH } from '@/lib/auth/password-markers';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { deleteUser } from './delete-user';
import { inviteUser } from './invite-user';
import { makeSession, makeToken, makeUser } from './testing/user-fixtures';
import { updateUser } from './update-user';

let scratch: ScratchDatabase;
let db: PrismaClient;
const noMail = { smtpUrl: undefined, from: 'k@kensa.test', publicUrl: 'https://kensa.test' };

beforeAll(async () => {
  scratch = await createScratchDatabase('user_admin');
  db = scratch.db;
  // findSessionUser reads through the process's client.
  process.env.DATABASE_URL = scratch.url;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

// Each test starts with no admin at all, so "the last admin" is the test's own.
beforeEach(async () => {
  await db.user.updateMany({ where: { role: 'admin' }, data: { role: 'viewer' } });
});

const enabledAdmins = () =>
  db.user.count({
    where: { role: 'admin', disabledAt: null, deletedAt: null, passwordHash: { not: NO_PASSWORD_HASH } },
  });

describe('managing users', () => {
  it('disabling ends sessions and API tokens at once; enabling brings back tokens, not sessions', async () => {
    const admin = await makeUser(db, 'admin');
    const user = await makeUser(db, 'editor');
    const cookie = await makeSession(db, user.id);
    const token = await makeToken(db, user);
    expect(await findSessionUser(cookie)).toMatchObject({ id: user.id });
    expect(await updateUser(user.id, { disabled: true }, admin.actor, { db })).toEqual({
      ok: true,
      sessionsEnded: true,
    });
    expect(await findSessionUser(cookie)).toBeNull();
    expect(await findApiToken(token, db)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await updateUser(user.id, { disabled: false }, admin.actor, { db })).toMatchObject({ ok: true });
    expect(await findApiToken(token, db)).not.toBeNull();
    expect(await findSessionUser(cookie)).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { targetId: user.id }, orderBy: { at: 'asc' } });
    expect(audit.map((e) => [e.action, e.actorUserId, e.before, e.after])).toEqual([
      ['user.disable', admin.id, { status: 'active' }, { status: 'disabled' }],
      ['user.enable', admin.id, { status: 'disabled' }, { status: 'active' }],
    ]);
  });

  it('a role change ends the user’s sessions; a scope change does not, and is audited with group names', async () => {
    const admin = await makeUser(db, 'admin');
    const user = await makeUser(db, 'viewer');
    const cookie = await makeSession(db, user.id);
    const group = await db.group.create({
      data: { name: `Scope ${user.id}` },
      select: { id: true, name: true },
    });
    expect(await updateUser(user.id, { groupIds: [group.id] }, admin.actor, { db })).toEqual({
      ok: true,
      sessionsEnded: false,
    });
    expect(await findSessionUser(cookie)).not.toBeNull();
    expect(
      await updateUser(user.id, { groupIds: ['01a2219d-72c9-730c-9d88-142ec624ae19'] }, admin.actor, { db }),
    ).toEqual({
      ok: false,
      code: 'unknown_group',
    });
    expect(await updateUser(user.id, { role: 'editor' }, admin.actor, { db })).toEqual({
      ok: true,
      sessionsEnded: true,
    });
    expect(await findSessionUser(cookie)).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { targetId: user.id }, orderBy: { at: 'asc' } });
    expect(audit.map((e) => [e.action, e.before, e.after])).toEqual([
      ['user.change-scope', { groups: [] }, { groups: [group] }],
      ['user.change-role', { role: 'viewer' }, { role: 'editor' }],
    ]);
  });

  it('never lets the last enabled admin be demoted, disabled or deleted', async () => {
    const only = await makeUser(db, 'admin');
    // An admin who has not accepted the invitation cannot administer, so does not count.
    await inviteUser({ email: `pending-${only.id}@users.test`, role: 'admin' }, only.actor, {
      db,
      delivery: noMail,
    });
    const refused = { ok: false, code: 'last_admin' };
    expect(await updateUser(only.id, { role: 'editor' }, only.actor, { db })).toEqual(refused);
    expect(await updateUser(only.id, { disabled: true }, only.actor, { db })).toEqual(refused);
    expect(await deleteUser(only.id, only.actor, { db })).toEqual(refused);
    expect(await updateUser(only.id, { role: 'admin', groupIds: [] }, only.actor, { db })).toMatchObject({
      ok: true,
    });
    const second = await makeUser(db, 'admin');
    expect(await updateUser(only.id, { role: 'viewer' }, second.actor, { db })).toMatchObject({ ok: true });
    expect(await enabledAdmins()).toBe(1);
  });

  it('of two concurrent demotions of the last two admins, exactly one succeeds', async () => {
    for (let round = 0; round < 5; round++) {
      await db.user.updateMany({ where: { role: 'admin' }, data: { role: 'viewer' } });
      const [a, b] = [await makeUser(db, 'admin'), await makeUser(db, 'admin')];
      const results = await Promise.all([
        updateUser(a.id, { role: 'viewer' }, a.actor, { db }),
        round % 2 ? deleteUser(b.id, b.actor, { db }) : updateUser(b.id, { disabled: true }, b.actor, { db }),
      ]);
      expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
      expect(results.find((r) => !r.ok)).toMatchObject({ code: 'last_admin' });
      expect(await enabledAdmins()).toBe(1);
    }
  });

  it('never limits the last unscoped admin to groups: a scoped admin cannot manage users', async () => {
    const group = await db.group.create({ data: { name: `scope-last-${Date.now()}` } });
    const only = await makeUser(db, 'admin');
    const refused = { ok: false, code: 'last_admin' };
    expect(await updateUser(only.id, { groupIds: [group.id] }, only.actor, { db })).toEqual(refused);
    const scoped = await makeUser(db, 'admin');
    expect(await updateUser(scoped.id, { groupIds: [group.id] }, only.actor, { db })).toMatchObject({
      ok: true,
    });
    // The scoped admin is no stand-in: the unscoped one is still the last.
    expect(await updateUser(only.id, { role: 'editor' }, only.actor, { db })).toEqual(refused);
    expect(await deleteUser(only.id, only.actor, { db })).toEqual(refused);
  });

  it('of two concurrent scope changes of the last two unscoped admins, exactly one succeeds', async () => {
    const group = await db.group.create({ data: { name: `scope-race-${Date.now()}` } });
    for (let round = 0; round < 5; round++) {
      await db.user.updateMany({ where: { role: 'admin' }, data: { role: 'viewer' } });
      const [a, b] = [await makeUser(db, 'admin'), await makeUser(db, 'admin')];
      const results = await Promise.all([
        updateUser(a.id, { groupIds: [group.id] }, a.actor, { db }),
        round % 2
          ? updateUser(b.id, { groupIds: [group.id] }, b.actor, { db })
          : updateUser(b.id, { role: 'viewer' }, b.actor, { db }),
      ]);
      expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
      expect(results.find((r) => !r.ok)).toMatchObject({ code: 'last_admin' });
    }
  });

  it('waits for a transaction holding another admin’s row before it checks', async () => {
    const [a, b] = [await makeUser(db, 'admin'), await makeUser(db, 'admin')];
    const other = new pg.Client({ connectionString: scratch.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [b.id]);
      let settled = false;
      const demotion = updateUser(a.id, { role: 'viewer' }, a.actor, { db }).finally(() => {
        settled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(settled).toBe(false);
      await other.query('COMMIT');
      expect(await demotion).toMatchObject({ ok: true });
    } finally {
      await other.end();
    }
  });

  it('deleting keeps the name for history, frees the e-mail, and ends sessions, links and tokens', async () => {
    const admin = await makeUser(db, 'admin');
    const user = await makeUser(db, 'editor', 'Hanako Sato');
    const nameless = await makeUser(db, 'viewer');
    const cookie = await makeSession(db, user.id);
    const token = await makeToken(db, user);
    await updateUser(user.id, { role: 'viewer' }, admin.actor, { db });
    expect(await deleteUser(user.id, admin.actor, { db })).toEqual({ ok: true });
    expect(await deleteUser(user.id, admin.actor, { db })).toEqual({ ok: false, code: 'not_found' });
    expect(await updateUser(user.id, { role: 'admin' }, admin.actor, { db })).toEqual({
      ok: false,
      code: 'not_found',
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ name: 'Hanako Sato', email: `deleted-${user.id}@deleted.invalid` });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await findSessionUser(cookie)).toBeNull();
    expect(await findApiToken(token, db)).toBeNull();
    expect(
      (await db.apiToken.findFirstOrThrow({ where: { createdById: user.id } })).revokedAt,
    ).toBeInstanceOf(Date);
    const audit = await db.auditEvent.findMany({ where: { targetId: user.id }, orderBy: { at: 'asc' } });
    expect(audit.map((e) => [e.action, e.targetLabel])).toEqual([
      ['user.change-role', user.email],
      ['user.delete', user.email],
    ]);
    const again = await inviteUser({ email: user.email, role: 'viewer' }, admin.actor, {
      db,
      delivery: noMail,
    });
    expect(again).toMatchObject({ ok: true });
    await deleteUser(nameless.id, admin.actor, { db });
    expect((await db.user.findUniqueOrThrow({ where: { id: nameless.id } })).name).toBe(nameless.email);
  });
});
