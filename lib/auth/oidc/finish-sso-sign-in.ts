import type { Redis } from 'ioredis';
import * as client from 'openid-client';
import { mapOidcClaims, type SsoClaimsRefusal } from './map-oidc-claims';
import type { OidcRelyingParty } from './oidc-relying-party';
import { takePendingSignIn } from './pending-sign-in';
import { provisionSsoUser, type SsoUserRefusal } from './provision-sso-user';
import { ssoBindingMatches } from './sso-binding';
import { describeSsoFailure, type SsoFailure } from './sso-error-detail';

export type SsoRefusal =
  | 'state-unknown'
  | 'browser-mismatch'
  | SsoFailure['code']
  | SsoClaimsRefusal
  | SsoUserRefusal;

export type FinishSsoResult =
  | { ok: true; userId: string; email: string; next: string }
  | { ok: false; code: SsoRefusal; email: string | null; userId: string | null; detail: string | null };

/**
 * Completes an SSO sign-in from the provider's redirect back. The pending sign-in is taken once by
 * its `state` (a replayed callback finds nothing) and must belong to this browser (binding cookie:
 * without it an attacker could have a victim complete a sign-in the attacker started, and work in
 * the attacker's account). openid-client then checks the response (`state`, RFC 9207 `iss`),
 * redeems the code with the PKCE verifier and validates the ID token: signature from the provider's
 * keys, `iss`, `aud` = our client id, `exp`/`iat`, `nonce` (OpenID Connect Core §3.1.3.7).
 * Only then are the claims mapped and the account found or made.
 */
export async function finishSsoSignIn(
  relyingParty: OidcRelyingParty,
  redis: Redis,
  callback: { url: URL; binding: string | undefined },
): Promise<FinishSsoResult> {
  const refuse = (code: SsoRefusal, detail: string | null = null, email: string | null = null) =>
    ({ ok: false, code, email, userId: null, detail }) as const;
  const state = callback.url.searchParams.get('state');
  const pending = state && state.length <= 200 ? await takePendingSignIn(redis, state) : null;
  if (!state || !pending) return refuse('state-unknown');
  if (!ssoBindingMatches(callback.binding, pending.bindingHash)) return refuse('browser-mismatch');
  // The URL the provider redirected to, as registered: behind a proxy the request's own host and
  // scheme may differ, and the token request must name the same redirect_uri (RFC 6749 §4.1.3).
  const currentUrl = new URL(relyingParty.settings.redirectUri);
  currentUrl.search = callback.url.search;
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(await relyingParty.configuration(), currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedNonce: pending.nonce,
      expectedState: state,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    const failure = describeSsoFailure(error);
    return refuse(failure.code, failure.detail);
  }
  if (!claims) return refuse('token-rejected', 'no ID token');
  const mapped = mapOidcClaims(claims, relyingParty.settings);
  if (!mapped.ok) return refuse(mapped.code, null, mapped.email);
  const user = await provisionSsoUser(mapped.identity);
  if (!user.ok) return { ...refuse(user.code, user.detail, mapped.identity.email), userId: user.userId };
  return { ok: true, userId: user.userId, email: mapped.identity.email, next: pending.next };
}
