import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureKnot, startFixtureKnot } from './testing/fixture-knot';
import { runCli } from './testing/run-cli';

/**
 * `kensa spf-eval` against the fixture zone: healthy.test publishes
 * "v=spf1 ip4:203.0.113.0/27 mx include:_spf.kensa-mail.test -all" (fixtures/zones/test.zone).
 */
let knot: FixtureKnot;

beforeAll(async () => {
  knot = await startFixtureKnot();
});
afterAll(async () => {
  await knot?.stop();
});

const evaluate = async (ip: string, sender: string) => {
  const run = await runCli(['spf-eval', '--dns', knot.dns, '--ip', ip, '--sender', sender, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { domain: string; result: string; matched?: string; lookups: number };
};

describe.concurrent('kensa spf-eval', () => {
  it('passes an address inside ip4:, before any DNS-querying term', async () => {
    const outcome = await evaluate('203.0.113.10', 'alerts@healthy.test');
    expect(outcome).toMatchObject({
      domain: 'healthy.test',
      result: 'pass',
      matched: 'ip4:203.0.113.0/27',
      lookups: 0,
    });
  });

  it('passes the provider through the include, after mx and include are counted', async () => {
    const outcome = await evaluate('198.51.100.7', 'alerts@healthy.test');
    expect(outcome).toMatchObject({ result: 'pass', matched: 'include:_spf.kensa-mail.test', lookups: 2 });
  });

  it('fails any other address at -all', async () => {
    const outcome = await evaluate('192.0.2.200', 'alerts@healthy.test');
    expect(outcome).toMatchObject({ result: 'fail', matched: '-all', lookups: 2 });
  });

  it('softfails it where the record ends ~all', async () => {
    const outcome = await evaluate('192.0.2.200', 'alerts@spf-softfail-all.test');
    expect(outcome).toMatchObject({ result: 'softfail', matched: '~all', lookups: 2 });
  });

  it('prints the result and the lookup count for people', async () => {
    const run = await runCli([
      'spf-eval',
      '--dns',
      knot.dns,
      '--ip',
      '192.0.2.200',
      '--sender',
      'a@healthy.test',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^fail — 192\.0\.2\.200 for healthy\.test$/m);
    expect(run.stdout).toMatch(/^DNS lookups: 2 \/ 10, void lookups: 0 \/ 2$/m);
  });
});
