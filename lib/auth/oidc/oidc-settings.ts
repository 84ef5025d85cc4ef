import { type Env, env } from '@/lib/env';
import type { SsoClaimPolicy } from './map-oidc-claims';

/** Where the provider sends the browser back; register `${KENSA_PUBLIC_URL}/login/sso/callback` there. */
export const SSO_CALLBACK_PATH = '/login/sso/callback';

/** Kensa as an OpenID Connect client of one provider, from the KENSA_OIDC_* variables. */
export interface OidcSettings extends SsoClaimPolicy {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The provider's name on the sign-in button. */
  label: string;
  scopes: string;
  redirectUri: URL;
}

/** The SSO settings, or null when SSO is not configured (lib/env-sso.ts checked they are whole). */
export function oidcSettings(config: Env = env()): OidcSettings | null {
  const {
    KENSA_OIDC_ISSUER: issuer,
    KENSA_OIDC_CLIENT_ID: clientId,
    KENSA_OIDC_CLIENT_SECRET: secret,
  } = config;
  if (!issuer || !clientId || !secret) return null;
  return {
    issuer: new URL(issuer),
    clientId,
    clientSecret: secret,
    label: config.KENSA_OIDC_NAME,
    scopes: config.KENSA_OIDC_SCOPES,
    redirectUri: new URL(SSO_CALLBACK_PATH, config.KENSA_PUBLIC_URL),
    allowedDomains: config.KENSA_OIDC_ALLOWED_DOMAINS ?? [],
    roleClaim: config.KENSA_OIDC_ROLE_CLAIM ?? null,
    roleMap: config.KENSA_OIDC_ROLE_MAP ?? null,
    groupClaim: config.KENSA_OIDC_GROUP_CLAIM ?? null,
    groupMap: config.KENSA_OIDC_GROUP_MAP ?? null,
  };
}

/** Whether e-mail and password sign in (KENSA_PASSWORD_SIGNIN, default true). */
export function passwordSignInEnabled(config: Env = env()): boolean {
  return config.KENSA_PASSWORD_SIGNIN !== 'false';
}
