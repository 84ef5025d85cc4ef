import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locationOf, type SsoHarness, startSsoHarness } from '@/testing/sso-harness';
import type { SsoDeps } from './sso-deps';
import { giveBackSsoStart, takeSsoStart } from './sso-start-throttle';

let harness: SsoHarness;
let deps: SsoDeps;

beforeAll(async () => {
  harness = await startSsoHarness('sso_throttle');
  deps = await harness.deps();
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

/** `count` starts from one address at the same instant. */
async function starts(address: string, count: number, now: number) {
  const verdicts = [];
  for (let i = 0; i < count; i++) verdicts.push(await takeSsoStart(harness.redis, address, now));
  return verdicts;
}

describe('SSO start throttle', () => {
  it('lets 20 starts from an address through, then asks the 21st to wait; other addresses are free', async () => {
    const now = Date.now();
    const verdicts = await starts('198.51.100.1', 21, now);
    expect(verdicts.slice(0, 20)).toEqual(Array(20).fill({ allowed: true }));
    expect(verdicts[20]).toEqual({ allowed: false, reason: 'wait', retryAfterMs: 1000 });
    expect(await takeSsoStart(harness.redis, '198.51.100.2', now)).toEqual({ allowed: true });
    // One IPv6 host with a whole /64 counts as one address.
    await starts('2001:db8:1:2::1', 20, now);
    expect(await takeSsoStart(harness.redis, '2001:db8:1:2:ffff::9', now)).toMatchObject({ reason: 'wait' });
  });

  it('gives an address its start back when the sign-in completes', async () => {
    const now = Date.now();
    await starts('198.51.100.3', 20, now);
    await starts('198.51.100.4', 20, now);
    await giveBackSsoStart(harness.redis, '198.51.100.3');
    // After the first wait, the address with a completed sign-in waits 1 s again, the other 2 s.
    await takeSsoStart(harness.redis, '198.51.100.3', now + 1000);
    await takeSsoStart(harness.redis, '198.51.100.4', now + 1000);
    expect(await takeSsoStart(harness.redis, '198.51.100.3', now + 1000)).toMatchObject({
      retryAfterMs: 1000,
    });
    expect(await takeSsoStart(harness.redis, '198.51.100.4', now + 1000)).toMatchObject({
      retryAfterMs: 2000,
    });
  });

  it('sends a locked address back to the sign-in page to wait, without starting anything', async () => {
    // 100 starts, each after the previous wait (at most 60 s), lock the address for 15 minutes.
    let now = Date.now() - 100 * 61_000;
    for (let i = 0; i < 100; i++) {
      now += 61_000;
      expect(await takeSsoStart(harness.redis, '198.51.100.5', now)).toEqual({ allowed: true });
    }
    expect(await takeSsoStart(harness.redis, '198.51.100.5', Date.now())).toMatchObject({ reason: 'locked' });
    const refused = await harness.start(deps, '/reports', '198.51.100.5');
    expect(locationOf(refused)).toBe('/login?sso=wait&next=%2Freports');
    const elsewhere = await harness.start(deps, '/reports', '198.51.100.6');
    expect(elsewhere.headers.get('location')).toMatch(new RegExp(`^${harness.provider.issuer}/auth\\?`));
  });
});
