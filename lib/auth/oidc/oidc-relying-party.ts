import * as client from 'openid-client';
import type { OidcSettings } from './oidc-settings';

/** Discovery is repeated this often, so a provider that moves an endpoint is followed without a restart. */
const DISCOVERY_MS = 3600_000;

/** Kensa's client of the provider: the settings and the discovered configuration (signing keys cached in it). */
export interface OidcRelyingParty {
  settings: OidcSettings;
  configuration(): Promise<client.Configuration>;
}

export interface RelyingPartyOptions {
  /**
   * openid-client's clock skew in seconds, added to the local clock when checking `exp`, `iat`
   * and `nbf`: tests move it ahead to present an ID token after it expired. 0 in production.
   */
  clockSkewSeconds?: number;
  /** HTTP timeout of each call to the provider, in seconds. */
  timeoutSeconds?: number;
}

/**
 * A relying party that discovers the provider on first use (OpenID Connect Discovery 1.0 §4: the
 * document's `issuer` must equal KENSA_OIDC_ISSUER, which openid-client checks). A failed discovery
 * is not kept, so the next sign-in tries again. Plain http is allowed only for a loopback issuer
 * (lib/env-sso.ts refuses any other).
 */
export function createOidcRelyingParty(
  settings: OidcSettings,
  { clockSkewSeconds = 0, timeoutSeconds = 10 }: RelyingPartyOptions = {},
): OidcRelyingParty {
  let discovered: { at: number; configuration: Promise<client.Configuration> } | null = null;
  const discover = () =>
    client.discovery(
      settings.issuer,
      settings.clientId,
      { client_secret: settings.clientSecret, [client.clockSkew]: clockSkewSeconds },
      client.ClientSecretBasic(settings.clientSecret),
      {
        timeout: timeoutSeconds,
        execute: settings.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      },
    );
  return {
    settings,
    configuration() {
      if (!discovered || Date.now() - discovered.at > DISCOVERY_MS) {
        const attempt = { at: Date.now(), configuration: discover() };
        attempt.configuration.catch(() => {
          if (discovered === attempt) discovered = null;
        });
        discovered = attempt;
      }
      return discovered.configuration;
    },
  };
}
