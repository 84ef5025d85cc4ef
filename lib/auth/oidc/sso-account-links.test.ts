import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSessionUser } from '@/lib/auth/find-session-user';
import { cookieOf, locationOf, type SsoHarness, startSsoHarness } from '@/testing/sso-harness';
import type { SsoDeps } from './sso-deps';

let harness: SsoHarness;
let deps: SsoDeps;

beforeAll(async () => {
  harness = await startSsoHarness('sso_links');
  deps = await harness.deps();
  const person = { email_verified: true, roles: ['kensa-editors'], groups: ['/audit'] };
  for (const [id, claims] of Object.entries({
    kenji: { ...person, email: 'kenji@example.jp' },
    newcomer: { ...person, email: 'newcomer@example.jp' },
    preexisting: { ...person, email: 'preexisting@example.jp' },
    unverified: { ...person, email: 'preexisting@example.jp', email_verified: false },
    boss: { ...person, email: 'boss@example.jp', roles: ['kensa-admins'] },
  }))
    harness.provider.accounts.set(id, claims);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

async function signIn(accountId: string) {
  const { callbackUrl, binding } = await harness.atProvider(deps, accountId);
  return harness.callback(deps, callbackUrl, binding);
}

const sessionUser = async (response: Response) => findSessionUser(cookieOf(response, 'kensa_session'));
const linksOf = (email: string) =>
  harness.scratch.db.ssoIdentity.findMany({
    where: { user: { email } },
    select: { issuer: true, subject: true },
  });

describe('SSO account links', () => {
  it("follows a person by the provider's subject when their e-mail changes, and never hands the account to the address's new holder", async () => {
    const first = await sessionUser(await signIn('kenji'));
    expect(await linksOf('kenji@example.jp')).toEqual([
      { issuer: harness.provider.issuer, subject: 'kenji' },
    ]);
    // The provider renames Kenji's address and gives the old one to someone else.
    harness.provider.accounts.set('kenji', {
      ...harness.provider.accounts.get('kenji'),
      email: 'kenji.sato@example.jp',
    });
    harness.provider.accounts.set('newcomer', {
      ...harness.provider.accounts.get('newcomer'),
      email: 'kenji@example.jp',
    });
    const renamed = await sessionUser(await signIn('kenji'));
    expect(renamed?.id).toBe(first?.id);
    const refused = await signIn('newcomer');
    expect(locationOf(refused)).toBe('/login?sso=subject-mismatch');
    expect(cookieOf(refused, 'kensa_session')).toBeUndefined();
    expect(await harness.lastAudit('auth.sso-sign-in-refused')).toMatchObject({
      actorLabel: 'kenji@example.jp',
      targetId: first?.id,
      after: { reason: 'subject-mismatch' },
    });
    expect(await harness.scratch.db.user.count({ where: { email: { startsWith: 'kenji' } } })).toBe(1);
  });

  it('links an account made in Kensa at its first SSO sign-in with a verified e-mail, not with an unverified one', async () => {
    await harness.scratch.db.user.create({
      data: { email: 'preexisting@example.jp', passwordHash: 'x', role: 'viewer' },
    });
    expect(locationOf(await signIn('unverified'))).toBe('/login?sso=email-unverified');
    expect(await linksOf('preexisting@example.jp')).toEqual([]);
    const user = await sessionUser(await signIn('preexisting'));
    expect(user).toMatchObject({ email: 'preexisting@example.jp', role: 'editor' });
    expect(await linksOf('preexisting@example.jp')).toEqual([
      { issuer: harness.provider.issuer, subject: 'preexisting' },
    ]);
  });

  it('keeps the last enabled admin an admin when the provider demotes them, and says so in the audit log', async () => {
    const db = harness.scratch.db;
    const boss = await sessionUser(await signIn('boss'));
    expect(boss?.role).toBe('admin');
    await db.user.updateMany({ where: { role: 'admin', NOT: { id: boss?.id } }, data: { role: 'editor' } });
    harness.provider.accounts.set('boss', {
      ...harness.provider.accounts.get('boss'),
      roles: ['kensa-viewers'],
    });
    const kept = await signIn('boss');
    expect(locationOf(kept)).toBe('/');
    expect(await sessionUser(kept)).toMatchObject({ id: boss?.id, role: 'admin' });
    expect(await harness.lastAudit('user.sso-role-kept')).toMatchObject({
      targetId: boss?.id,
      before: { role: 'admin' },
      after: { role: 'admin', mappedRole: 'viewer', reason: 'last-admin' },
    });
    // Nor may the provider limit the last unscoped admin to a group: nobody could manage users.
    await db.group.upsert({ where: { name: 'Tokyo' }, create: { name: 'Tokyo' }, update: {} });
    harness.provider.accounts.set('boss', {
      ...harness.provider.accounts.get('boss'),
      roles: ['kensa-admins'],
      groups: ['/tokyo'],
    });
    expect(await sessionUser(await signIn('boss'))).toMatchObject({ id: boss?.id, role: 'admin' });
    expect(await db.userGroupScope.count({ where: { userId: boss?.id } })).toBe(0);
    expect(await harness.lastAudit('user.sso-role-kept')).toMatchObject({
      after: { role: 'admin', mappedRole: 'admin', reason: 'last-admin' },
    });
    harness.provider.accounts.set('boss', {
      ...harness.provider.accounts.get('boss'),
      roles: ['kensa-viewers'],
      groups: ['/audit'],
    });
    // With another enabled admin, the provider's word stands, and the boss's older sessions end.
    await db.user.create({ data: { email: 'second-admin@example.jp', passwordHash: 'x', role: 'admin' } });
    const demoted = await signIn('boss');
    expect(await sessionUser(demoted)).toMatchObject({ id: boss?.id, role: 'viewer' });
    expect(await sessionUser(kept)).toBeNull();
    expect(await harness.lastAudit('user.sso-update')).toMatchObject({
      targetId: boss?.id,
      before: { role: 'admin' },
      after: { role: 'viewer' },
    });
  });
});
