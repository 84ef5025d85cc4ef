/**
 * For SSO tests (lib/auth/oidc/, app/login/sso/): a test provider (testing/oidc-provider.ts), a scratch database that the process's Prisma
 * client uses (signInAs writes sessions through it), Kensa's settings pointing at the provider,
 * and the two route handlers called with real requests inside Next.js's request scope.
 */

import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { NextRequest } from 'next/server';
import { createOidcRelyingParty, type RelyingPartyOptions } from '@/lib/auth/oidc/oidc-relying-party';
import { type OidcSettings, oidcSettings } from '@/lib/auth/oidc/oidc-settings';
import { handleSsoCallback } from '@/lib/auth/oidc/sso-callback-handler';
import type { SsoDeps } from '@/lib/auth/oidc/sso-deps';
import { handleSsoStart } from '@/lib/auth/oidc/sso-start-handler';
import { runRoute } from '@/testing/next-route-scope';
import { startTestOidcProvider, type TestOidcProvider } from '@/testing/oidc-provider';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

export const KENSA_URL = 'http://kensa.test';
export const REDIRECT_URI = `${KENSA_URL}/login/sso/callback`;

export interface SsoHarness {
  provider: TestOidcProvider;
  scratch: ScratchDatabase;
  redis: Redis;
  /** Kensa's SSO dependencies for the test provider, with some settings changed. */
  deps(overrides?: Partial<OidcSettings>, options?: RelyingPartyOptions): Promise<SsoDeps>;
  /** GET /login/sso?next=…, from a client address when given (X-Forwarded-For). */
  start(deps: SsoDeps, next?: string, from?: string): Promise<Response>;
  /** Starts, signs in at the provider as `accountId`, and returns what the browser brings back. */
  atProvider(
    deps: SsoDeps,
    accountId: string,
    next?: string,
  ): Promise<{ callbackUrl: URL; binding: string; authorizationUrl: URL }>;
  /** GET /login/sso/callback as the provider redirected to, with the browser's binding cookie. */
  callback(deps: SsoDeps, callbackUrl: URL, binding: string | undefined): Promise<Response>;
  /** The newest audit entry with this action. */
  lastAudit(
    action: string,
  ): Promise<{ actorLabel: string | null; targetId: string | null; before: unknown; after: unknown } | null>;
  close(): Promise<void>;
}

/**
 * Also sets this test process's DATABASE_URL, REDIS_URL, KENSA_PUBLIC_URL and KENSA_OIDC_* (for the
 * test provider), before anything reads the environment: env() reads it once.
 */
export async function startSsoHarness(prefix: string): Promise<SsoHarness> {
  const scratch = await createScratchDatabase(prefix);
  process.env.DATABASE_URL = scratch.url; // the process's client (signInAs, recordAuditEvent) uses it
  process.env.KENSA_PUBLIC_URL = KENSA_URL;
  process.env.REDIS_URL ??= 'redis://127.0.0.1:63800';
  const redis = new Redis(process.env.REDIS_URL, { keyPrefix: `kensa-test:${randomUUID()}:` });
  const provider = await startTestOidcProvider({ redirectUri: REDIRECT_URI });
  Object.assign(process.env, {
    KENSA_OIDC_ISSUER: provider.issuer,
    KENSA_OIDC_CLIENT_ID: provider.kensa.clientId,
    KENSA_OIDC_CLIENT_SECRET: provider.kensa.clientSecret,
    KENSA_OIDC_NAME: 'Test IdP',
    KENSA_OIDC_ALLOWED_DOMAINS: 'example.jp',
    KENSA_OIDC_ROLE_CLAIM: 'roles',
    KENSA_OIDC_ROLE_MAP: JSON.stringify({
      'kensa-admins': 'admin',
      'kensa-editors': 'editor',
      'kensa-viewers': 'viewer',
    }),
    KENSA_OIDC_GROUP_CLAIM: 'groups',
    KENSA_OIDC_GROUP_MAP: JSON.stringify({
      '/tokyo': 'Tokyo',
      '/osaka': 'Osaka',
      '/audit': '*',
      '/ghost': 'No such group',
    }),
  });
  const harness: SsoHarness = {
    provider,
    scratch,
    redis,
    async deps(overrides = {}, options = {}) {
      const settings = oidcSettings();
      if (!settings) throw new Error('the harness configures SSO through KENSA_OIDC_*');
      return { relyingParty: createOidcRelyingParty({ ...settings, ...overrides }, options), redis };
    },
    start: (deps, next, from) => {
      const url = new URL('/login/sso', KENSA_URL);
      if (next) url.searchParams.set('next', next);
      const headers = from ? { 'x-forwarded-for': from } : undefined;
      return runRoute(new NextRequest(url, { headers }), (request) => handleSsoStart(request, deps));
    },
    async atProvider(deps, accountId, next) {
      const started = await harness.start(deps, next);
      const authorizationUrl = new URL(started.headers.get('location') ?? 'missing:');
      const binding = cookieOf(started, 'kensa_sso');
      if (!binding)
        throw new Error(`no binding cookie from /login/sso (${started.status} ${authorizationUrl})`);
      return {
        callbackUrl: await provider.authorize(authorizationUrl, accountId),
        binding,
        authorizationUrl,
      };
    },
    callback: (deps, callbackUrl, binding) => {
      const headers = binding ? { cookie: `kensa_sso=${binding}` } : undefined;
      return runRoute(new NextRequest(callbackUrl, { headers }), (request) =>
        handleSsoCallback(request, deps),
      );
    },
    lastAudit: (action) =>
      scratch.db.auditEvent.findFirst({
        where: { action },
        orderBy: { at: 'desc' },
        select: { actorLabel: true, targetId: true, before: true, after: true },
      }),
    async close() {
      await provider.close();
      redis.disconnect();
      await scratch.drop();
    },
  };
  return harness;
}

/** The value a response sets for a cookie (undefined: not set). */
export function cookieOf(response: Response, name: string): string | undefined {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ''] = cookie.split(';');
    const [cookieName, value = ''] = pair.split(/=(.*)/s);
    if (cookieName === name) return value;
  }
  return undefined;
}

/** Where a response sends the browser, as a path of Kensa. */
export function locationOf(response: Response): string {
  const location = response.headers.get('location');
  if (!location?.startsWith(KENSA_URL))
    throw new Error(`not a redirect into Kensa: ${response.status} ${location}`);
  return location.slice(KENSA_URL.length);
}
