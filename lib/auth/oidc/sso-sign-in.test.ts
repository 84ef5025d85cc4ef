import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSessionUser } from '@/lib/auth/find-session-user';
import { verifyPassword } from '@/lib/auth/password';
import { SSO_ONLY_PASSWORD_HASH } from '@/lib/auth/password-markers';
import { cookieOf, locationOf, type SsoHarness, startSsoHarness } from '@/testing/sso-harness';
import type { SsoDeps } from './sso-deps';

let harness: SsoHarness;
let deps: SsoDeps;
let tokyo: string;

beforeAll(async () => {
  harness = await startSsoHarness('sso_accounts');
  deps = await harness.deps();
  const person = { email_verified: true, roles: ['kensa-editors', 'unrelated'], groups: ['/tokyo'] };
  for (const [id, claims] of Object.entries({
    alice: { ...person, email: 'Alice@Example.jp', name: 'Alice' },
    mallory: { ...person, email: 'mallory@evil.test' },
    unverified: { ...person, email: 'unverified@example.jp', email_verified: false },
    outsider: { ...person, email: 'outsider@example.jp', roles: ['someone-else'] },
    nogroup: { ...person, email: 'nogroup@example.jp', groups: ['/ghost'] },
    disabled: { ...person, email: 'disabled@example.jp' },
    local: { ...person, email: 'local@example.jp', roles: [], groups: [] },
  })) {
    harness.provider.accounts.set(id, claims);
  }
  tokyo = (await harness.scratch.db.group.create({ data: { name: 'Tokyo' } })).id;
  await harness.scratch.db.group.create({ data: { name: 'Osaka' } });
  await harness.scratch.db.user.create({
    data: { email: 'disabled@example.jp', passwordHash: 'x', role: 'viewer', disabledAt: new Date() },
  });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

/** Signs `accountId` in at the provider and brings the browser back to Kensa's callback. */
async function signIn(accountId: string, next?: string, using = deps) {
  const { callbackUrl, binding } = await harness.atProvider(using, accountId, next);
  return harness.callback(using, callbackUrl, binding);
}

describe('SSO sign-in', () => {
  it('starts with a PKCE, state and nonce authorization request and a binding cookie', async () => {
    const started = await harness.start(deps, '/domains');
    expect(started.status).toBe(303);
    const url = new URL(started.headers.get('location') ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(`${harness.provider.issuer}/auth`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'kensa',
      redirect_uri: 'http://kensa.test/login/sso/callback',
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    for (const name of ['state', 'nonce', 'code_challenge'])
      expect(url.searchParams.get(name)).toMatch(/^[\w-]{43}$/);
    const cookie = started.headers.getSetCookie().find((value) => value.startsWith('kensa_sso='));
    expect(cookie).toMatch(/Path=\/login\/sso; .*HttpOnly; SameSite=lax/);
  });

  it('creates a person just in time with the mapped role and group scope, and goes to next', async () => {
    const response = await signIn('alice', '/domains?q=1');
    expect(locationOf(response)).toBe('/domains?q=1');
    expect(cookieOf(response, 'kensa_sso')).toBe(''); // the binding cookie is removed
    const user = await findSessionUser(cookieOf(response, 'kensa_session'));
    expect(user).toMatchObject({
      email: 'alice@example.jp',
      name: 'Alice',
      role: 'editor',
      groupIds: [tokyo],
    });
    const row = await harness.scratch.db.user.findUniqueOrThrow({ where: { email: 'alice@example.jp' } });
    expect(row.passwordHash).toBe(SSO_ONLY_PASSWORD_HASH);
    expect(await verifyPassword(row.passwordHash, '')).toBe(false);
    expect(await harness.lastAudit('user.sso-create')).toMatchObject({
      actorLabel: 'alice@example.jp',
      after: { role: 'editor', groups: [tokyo] },
    });
    expect(await harness.lastAudit('auth.sso-sign-in')).toMatchObject({ targetId: user?.id });
  });

  it('updates role and scope from the claims at the next sign-in', async () => {
    harness.provider.accounts.set('alice', {
      ...harness.provider.accounts.get('alice'),
      roles: ['kensa-viewers', 'kensa-admins'],
      groups: ['/tokyo', '/audit'],
    });
    const response = await signIn('alice', '//evil.test/');
    expect(locationOf(response)).toBe('/'); // next goes through safeNextPath
    const user = await findSessionUser(cookieOf(response, 'kensa_session'));
    expect(user).toMatchObject({ role: 'admin', groupIds: null }); // "/audit" maps to every domain
    expect(await harness.lastAudit('user.sso-update')).toMatchObject({
      before: { role: 'editor', groups: [tokyo] },
      after: { role: 'admin', groups: [] },
    });
  });

  it.each([
    ['mallory', 'domain-not-allowed', 'mallory@evil.test'],
    ['unverified', 'email-unverified', 'unverified@example.jp'],
    ['outsider', 'no-role', 'outsider@example.jp'],
    ['nogroup', 'no-group', 'nogroup@example.jp'],
    ['disabled', 'disabled', 'disabled@example.jp'],
  ])('refuses %s (%s), signs nobody in and audits why', async (accountId, reason, email) => {
    const response = await signIn(accountId);
    expect(locationOf(response)).toBe(`/login?sso=${reason}`);
    expect(cookieOf(response, 'kensa_session')).toBeUndefined();
    expect(await harness.lastAudit('auth.sso-sign-in-refused')).toMatchObject({
      actorLabel: email,
      after: { reason },
    });
    expect(await harness.scratch.db.user.count({ where: { email, disabledAt: null } })).toBe(0);
  });

  it('without a role mapping signs in only existing accounts, keeping their role and scope', async () => {
    const unmapped = await harness.deps({ roleClaim: null, roleMap: null, groupClaim: null, groupMap: null });
    expect(locationOf(await signIn('local', '/', unmapped))).toBe('/login?sso=unknown-user');
    await harness.scratch.db.user.create({
      data: {
        email: 'local@example.jp',
        passwordHash: 'x',
        role: 'editor',
        groupScopes: { create: { groupId: tokyo } },
      },
    });
    const response = await signIn('local', '/', unmapped);
    expect(await findSessionUser(cookieOf(response, 'kensa_session'))).toMatchObject({
      role: 'editor',
      groupIds: [tokyo],
    });
  });
});
