import { describe, expect, it } from 'vitest';
import { claimValues, mapOidcClaims, type SsoClaimPolicy } from './map-oidc-claims';

const policy: SsoClaimPolicy = {
  allowedDomains: ['example.jp'],
  roleClaim: 'realm_access.roles',
  roleMap: { 'kensa-viewers': 'viewer', 'kensa-admins': 'admin', 'kensa-editors': 'editor' },
  groupClaim: 'groups',
  groupMap: { '/tokyo': 'Tokyo', '/osaka': 'Osaka', '/audit': '*' },
};
const person = {
  iss: 'https://sso.example.jp',
  sub: 'f3b1c2',
  email: 'Hanako@Example.JP',
  email_verified: true,
  name: ' 山田 花子 ',
};

describe('mapOidcClaims', () => {
  it('takes the strongest mapped role and the mapped groups; unmapped values are ignored', () => {
    const result = mapOidcClaims(
      {
        ...person,
        realm_access: { roles: ['kensa-viewers', 'kensa-editors', 'offline_access'] },
        groups: ['/osaka', '/tokyo', '/osaka', '/x'],
      },
      policy,
    );
    expect(result).toEqual({
      ok: true,
      identity: {
        issuer: 'https://sso.example.jp',
        subject: 'f3b1c2',
        email: 'hanako@example.jp',
        name: '山田 花子',
        role: 'editor',
        groups: ['Osaka', 'Tokyo'],
      },
    });
  });

  it('tells "mapped to nothing" (null, []) from "no mapping configured" (undefined)', () => {
    const none = mapOidcClaims({ ...person, realm_access: { roles: ['other'] }, groups: '/nowhere' }, policy);
    expect(none).toMatchObject({ ok: true, identity: { role: null, groups: [] } });
    const unmapped = mapOidcClaims(person, {
      ...policy,
      roleClaim: null,
      roleMap: null,
      groupClaim: null,
      groupMap: null,
    });
    expect(unmapped).toMatchObject({ ok: true, identity: { role: undefined, groups: undefined } });
  });

  it('maps "*" to every domain', () => {
    expect(mapOidcClaims({ ...person, groups: ['/tokyo', '/audit'] }, policy)).toMatchObject({
      ok: true,
      identity: { groups: 'all' },
    });
  });

  it("takes Entra ID's xms_edov for a missing email_verified, but never over a false one", () => {
    const entra = {
      iss: person.iss,
      sub: person.sub,
      email: 'hanako@example.jp',
      name: 'Hanako',
      xms_edov: true,
    };
    expect(mapOidcClaims(entra, policy)).toMatchObject({
      ok: true,
      identity: { email: 'hanako@example.jp' },
    });
    expect(mapOidcClaims({ ...entra, xms_edov: false }, policy)).toMatchObject({ code: 'email-unverified' });
    expect(mapOidcClaims({ ...entra, email_verified: false }, policy)).toMatchObject({
      code: 'email-unverified',
    });
  });

  it('refuses a missing, unverified or foreign e-mail', () => {
    expect(mapOidcClaims({ ...person, email: undefined }, policy)).toEqual({
      ok: false,
      code: 'no-email',
      email: null,
    });
    expect(mapOidcClaims({ ...person, sub: '' }, policy)).toMatchObject({ code: 'no-subject' });
    expect(mapOidcClaims({ ...person, email_verified: false }, policy)).toMatchObject({
      ok: false,
      code: 'email-unverified',
    });
    expect(mapOidcClaims({ ...person, email_verified: undefined }, policy)).toMatchObject({
      code: 'email-unverified',
    });
    expect(mapOidcClaims({ ...person, email: 'hanako@example.jp.evil.test' }, policy)).toMatchObject({
      code: 'domain-not-allowed',
      email: 'hanako@example.jp.evil.test',
    });
    expect(mapOidcClaims({ ...person, email: 'hanako@sub.example.jp' }, policy)).toMatchObject({
      code: 'domain-not-allowed',
    });
  });
});

describe('claimValues', () => {
  it('reads a claim by its exact name before trying a dotted path', () => {
    const claims = {
      'https://kensa.example/roles': ['a'],
      realm_access: { roles: ['b', 3, null] },
      hd: 'example.jp',
    };
    expect(claimValues(claims, 'https://kensa.example/roles')).toEqual(['a']);
    expect(claimValues(claims, 'realm_access.roles')).toEqual(['b']);
    expect(claimValues(claims, 'hd')).toEqual(['example.jp']);
    expect(claimValues(claims, 'realm_access.missing.deeper')).toEqual([]);
    expect(claimValues(claims, 'constructor')).toEqual([]);
  });
});
