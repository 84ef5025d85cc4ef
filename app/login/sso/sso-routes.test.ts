import { NextRequest } from 'next/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findSessionUser } from '@/lib/auth/find-session-user';
import { ssoDeps } from '@/lib/auth/oidc/sso-deps';
import { runRoute } from '@/testing/next-route-scope';
import { cookieOf, KENSA_URL, locationOf, type SsoHarness, startSsoHarness } from '@/testing/sso-harness';
import { GET as callbackRoute } from './callback/route';
import { GET as startRoute } from './route';

let harness: SsoHarness;

beforeAll(async () => {
  harness = await startSsoHarness('sso_routes');
  harness.provider.accounts.set('alice', {
    email: 'alice@example.jp',
    email_verified: true,
    roles: ['kensa-viewers'],
    groups: ['/audit'],
  });
}, 120_000);

afterAll(async () => {
  ssoDeps()?.redis.disconnect();
  await harness?.close();
});

it('serves SSO from the route files as KENSA_OIDC_* configures it', async () => {
  const started = await runRoute(new NextRequest(`${KENSA_URL}/login/sso?next=/reports`), startRoute);
  const binding = cookieOf(started, 'kensa_sso');
  const back = await harness.provider.authorize(started.headers.get('location') ?? '', 'alice');
  const response = await runRoute(
    new NextRequest(back, { headers: { cookie: `kensa_sso=${binding}` } }),
    callbackRoute,
  );
  expect(locationOf(response)).toBe('/reports');
  expect(await findSessionUser(cookieOf(response, 'kensa_session'))).toMatchObject({
    email: 'alice@example.jp',
    role: 'viewer',
    groupIds: null,
  });
});
