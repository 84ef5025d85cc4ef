import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { hashSessionToken } from '@/lib/auth/session-token';
import { viewerOfUser } from '@/lib/auth/viewer';
import { listOwnSessions } from '@/lib/queries/list-own-sessions';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { changeOwnPassword } from './change-own-password';
import { endOwnSession } from './end-own-session';
import { renameOwnAccount } from './rename-own-account';
import { FIXTURE_PASSWORD, makeSession, makeUser, passwordHolder } from './testing/user-fixtures';

let scratch: ScratchDatabase;
let db: PrismaClient;

beforeAll(async () => {
  scratch = await createScratchDatabase('own_account');
  db = scratch.db;
  process.env.DATABASE_URL = scratch.url;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const viewerOf = (user: { id: string; email: string }) =>
  viewerOfUser({ ...user, name: null, role: 'viewer', groupIds: null, mfaEnrolmentRequired: false });

describe('own account', () => {
  it('changes the password only with the current one, and ends every session', async () => {
    const user = await makeUser(db, 'viewer');
    await makeSession(db, user.id);
    const wrong = await changeOwnPassword(
      user.actor,
      { current: 'not it', next: 'a new passphrase' },
      { db },
    );
    expect(wrong).toEqual({ ok: false, code: 'wrong_password' });
    const short = await changeOwnPassword(user.actor, { current: FIXTURE_PASSWORD, next: 'short' }, { db });
    expect(short).toEqual({ ok: false, code: 'weak_password', reason: 'too-short' });
    expect(
      await changeOwnPassword(user.actor, { current: FIXTURE_PASSWORD, next: 'a new passphrase' }, { db }),
    ).toEqual({
      ok: true,
    });
    expect(await passwordHolder(db, user.email, 'a new passphrase')).toBe(user.id);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: user.id } });
    expect(audit).toMatchObject({
      action: 'user.change-password',
      actorUserId: user.id,
      before: null,
      after: null,
    });
  });

  it('lists only the own sessions, marks the current one, and ends only the own', async () => {
    const user = await makeUser(db, 'viewer');
    const other = await makeUser(db, 'viewer');
    const current = await makeSession(db, user.id);
    await makeSession(db, user.id);
    await makeSession(db, other.id);
    const sessions = await listOwnSessions(viewerOf(user), hashSessionToken(current), { db });
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions[0]).not.toHaveProperty('tokenHash');
    const otherSession = (await listOwnSessions(viewerOf(other), null, { db }))[0];
    expect(await endOwnSession(user.actor, otherSession?.id ?? '', { db })).toBe(false);
    const notCurrent = sessions.find((s) => !s.current);
    expect(await endOwnSession(user.actor, notCurrent?.id ?? '', { db })).toBe(true);
    expect(await listOwnSessions(viewerOf(user), null, { db })).toHaveLength(1);
    expect(await db.session.count({ where: { userId: other.id } })).toBe(1);
  });

  it('renames, audited with the names before and after', async () => {
    const user = await makeUser(db, 'viewer', 'Old Name');
    await renameOwnAccount(user.actor, 'New Name', { db });
    await renameOwnAccount(user.actor, 'New Name', { db });
    const audit = await db.auditEvent.findMany({ where: { targetId: user.id } });
    expect(audit.map((e) => [e.action, e.before, e.after])).toEqual([
      ['user.rename', { name: 'Old Name' }, { name: 'New Name' }],
    ]);
  });
});
