import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestOidcProvider, type TestOidcProvider } from '@/testing/oidc-provider';
import { cookieOf, locationOf, REDIRECT_URI, type SsoHarness, startSsoHarness } from '@/testing/sso-harness';
import { createOidcRelyingParty } from './oidc-relying-party';
import type { SsoDeps } from './sso-deps';

let harness: SsoHarness;
let deps: SsoDeps;
/** A second, independent provider: same kind of accounts, its own issuer and signing key. */
let elsewhere: TestOidcProvider;
const alice = {
  email: 'alice@example.jp',
  email_verified: true,
  roles: ['kensa-viewers'],
  groups: ['/audit'],
};

beforeAll(async () => {
  harness = await startSsoHarness('sso_tokens');
  deps = await harness.deps();
  elsewhere = await startTestOidcProvider({ redirectUri: REDIRECT_URI });
  harness.provider.accounts.set('alice', alice);
  elsewhere.accounts.set('alice', alice);
}, 120_000);

afterAll(async () => {
  await elsewhere?.close();
  await harness?.close();
});

const payloadOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString());

/** The refusal a callback response shows and the detail the audit log keeps for it. */
async function refusal(response: Response) {
  expect(cookieOf(response, 'kensa_session')).toBeUndefined();
  const entry = await harness.lastAudit('auth.sso-sign-in-refused');
  return {
    location: locationOf(response),
    detail: (entry?.after as { detail: string | null } | undefined)?.detail,
  };
}

describe('SSO callback checks', () => {
  it('refuses a replayed state: the pending sign-in is taken once, even by two callbacks at once', async () => {
    const { callbackUrl, binding } = await harness.atProvider(deps, 'alice', '/scans');
    const [first, second] = await Promise.all([
      harness.callback(deps, callbackUrl, binding),
      harness.callback(deps, callbackUrl, binding),
    ]);
    const locations = [locationOf(first), locationOf(second)].sort();
    expect(locations).toEqual(['/login?sso=state-unknown', '/scans']);
    const replay = await harness.callback(deps, callbackUrl, binding);
    // Refused by Kensa's own state check before any request to the provider: no detail from it.
    expect(await refusal(replay)).toEqual({ location: '/login?sso=state-unknown', detail: null });
  });

  it('refuses a callback in a browser other than the one that started the sign-in', async () => {
    const { callbackUrl } = await harness.atProvider(deps, 'alice');
    const { binding: someoneElses } = await harness.atProvider(deps, 'alice');
    const response = await harness.callback(deps, callbackUrl, someoneElses);
    expect((await refusal(response)).location).toBe('/login?sso=browser-mismatch');
    const { callbackUrl: again } = await harness.atProvider(deps, 'alice');
    expect((await refusal(await harness.callback(deps, again, undefined))).location).toBe(
      '/login?sso=browser-mismatch',
    );
  });

  it('reports a sign-in the person cancelled at the provider', async () => {
    const started = await harness.start(deps);
    const state = new URL(started.headers.get('location') ?? '').searchParams.get('state') ?? '';
    // What the provider sends back when the person presses "cancel" (RFC 6749 §4.1.2.1).
    const callbackUrl = new URL(REDIRECT_URI);
    callbackUrl.search = new URLSearchParams({
      error: 'access_denied',
      state,
      iss: harness.provider.issuer,
    }).toString();
    expect(await refusal(await harness.callback(deps, callbackUrl, cookieOf(started, 'kensa_sso')))).toEqual({
      location: '/login?sso=provider-error',
      detail: 'access_denied',
    });
  });

  it("refuses an ID token issued to another client (openid-client's audience check)", async () => {
    const { callbackUrl, binding, authorizationUrl } = await harness.atProvider(deps, 'alice');
    // A genuine token of the same provider (its key, its issuer, this sign-in's nonce, fresh)
    // issued to the other client, handed to Kensa in place of its own: only `aud` is wrong.
    const nonce = authorizationUrl.searchParams.get('nonce') ?? '';
    const foreign = await harness.provider.idToken('other', 'alice', nonce);
    expect(payloadOf(foreign)).toMatchObject({
      iss: harness.provider.issuer,
      aud: 'other-app',
      nonce,
      sub: 'alice',
    });
    harness.provider.substituteNextIdToken(foreign);
    expect(await refusal(await harness.callback(deps, callbackUrl, binding))).toEqual({
      location: '/login?sso=token-rejected',
      detail: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED: unexpected JWT "aud" (audience) claim value',
    });
  });

  it("refuses to redeem a code with another client's credentials (the provider's own check)", async () => {
    const { callbackUrl, binding } = await harness.atProvider(deps, 'alice');
    const { other } = harness.provider;
    const confused = await harness.deps({ clientId: other.clientId, clientSecret: other.clientSecret });
    const result = await refusal(await harness.callback(confused, callbackUrl, binding));
    expect(result.location).toBe('/login?sso=provider-error');
    expect(result.detail).toMatch(/^invalid_grant/);
  });

  it('refuses an expired ID token: 20 s after issue it is accepted, 120 s after (60 s lifetime) it is not', async () => {
    const later = await harness.deps({}, { clockSkewSeconds: 20 });
    const fine = await harness.atProvider(later, 'alice', '/groups');
    expect(locationOf(await harness.callback(later, fine.callbackUrl, fine.binding))).toBe('/groups');
    const tooLate = await harness.deps({}, { clockSkewSeconds: 120 });
    const { callbackUrl, binding } = await harness.atProvider(tooLate, 'alice');
    expect(await refusal(await harness.callback(tooLate, callbackUrl, binding))).toEqual({
      location: '/login?sso=token-rejected',
      detail:
        'OAUTH_JWT_TIMESTAMP_CHECK_FAILED: unexpected JWT "exp" (expiration time) claim value, expiration is past current timestamp',
    });
  });

  it('refuses an ID token from another issuer, even one with the right audience and nonce', async () => {
    const { callbackUrl, binding, authorizationUrl } = await harness.atProvider(deps, 'alice');
    const nonce = authorizationUrl.searchParams.get('nonce') ?? '';
    const foreign = await elsewhere.idToken('kensa', 'alice', nonce);
    expect(payloadOf(foreign)).toMatchObject({ iss: elsewhere.issuer, aud: 'kensa', nonce });
    harness.provider.substituteNextIdToken(foreign);
    expect(await refusal(await harness.callback(deps, callbackUrl, binding))).toEqual({
      location: '/login?sso=token-rejected',
      detail: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED: unexpected JWT "iss" (issuer) claim value',
    });
  });

  it('refuses an authorization response that names another issuer (RFC 9207 mix-up defence)', async () => {
    const { callbackUrl, binding } = await harness.atProvider(deps, 'alice');
    expect(callbackUrl.searchParams.get('iss')).toBe(harness.provider.issuer);
    callbackUrl.searchParams.set('iss', elsewhere.issuer);
    expect(await refusal(await harness.callback(deps, callbackUrl, binding))).toEqual({
      location: '/login?sso=token-rejected',
      detail: 'OAUTH_INVALID_RESPONSE: unexpected "iss" (issuer) response parameter value',
    });
  });

  it('does not start when the discovered issuer is not KENSA_OIDC_ISSUER', async () => {
    const named = await startTestOidcProvider({ redirectUri: REDIRECT_URI, host: 'localhost' });
    try {
      const issuer = new URL(named.issuer.replace('localhost', '127.0.0.1'));
      const relyingParty = createOidcRelyingParty({ ...deps.relyingParty.settings, issuer });
      await expect(relyingParty.configuration()).rejects.toMatchObject({
        code: 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
        message: 'discovered metadata issuer does not match the expected issuer',
      });
      const started = await harness.start({ ...deps, relyingParty });
      expect(locationOf(started)).toBe('/login?sso=unavailable');
    } finally {
      await named.close();
    }
  });
});
