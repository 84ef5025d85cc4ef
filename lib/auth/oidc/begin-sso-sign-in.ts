import type { Redis } from 'ioredis';
import * as client from 'openid-client';
import type { OidcRelyingParty } from './oidc-relying-party';
import { savePendingSignIn } from './pending-sign-in';
import { hashSsoBinding, newSsoBinding } from './sso-binding';

/**
 * Starts an authorization code flow (OpenID Connect Core §3.1) with PKCE S256 (RFC 7636), a
 * random `state` and `nonce`. The code verifier, nonce and `next` stay in Redis under the state;
 * the browser gets the provider's URL and a binding value for its cookie, without which the
 * callback is refused (a sign-in started in another browser cannot be completed in this one).
 */
export async function beginSsoSignIn(
  relyingParty: OidcRelyingParty,
  redis: Redis,
  next: string,
): Promise<{ authorizationUrl: URL; binding: string }> {
  const configuration = await relyingParty.configuration();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const binding = newSsoBinding();
  await savePendingSignIn(redis, state, { codeVerifier, nonce, next, bindingHash: hashSsoBinding(binding) });
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: relyingParty.settings.redirectUri.href,
    scope: relyingParty.settings.scopes,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { authorizationUrl, binding };
}
