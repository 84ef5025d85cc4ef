import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureKnot, startFixtureKnot } from './testing/fixture-knot';
import { runCli, runCliInProcess } from './testing/run-cli';

/**
 * `kensa spf-eval` against the fixture zone: healthy.test publishes
 * "v=spf1 ip4:203.0.113.0/27 mx include:_spf.kensa-mail.test -all" (fixtures/zones/test.zone).
 * The first text case runs the installed command; the others run it in this process (runCliInProcess).
 */
let knot: FixtureKnot;

beforeAll(async () => {
  knot = await startFixtureKnot();
});
afterAll(async () => {
  await knot?.stop();
});

interface Outcome {
  domain: string;
  result: string;
  reason?: string;
  matched?: string;
  lookups: number;
}

const evaluate = async (ip: string, sender: string, helo = 'mail.healthy.test') => {
  const run = await runCliInProcess([
    'spf-eval',
    '--dns',
    knot.dns,
    '--ip',
    ip,
    '--sender',
    sender,
    '--helo',
    helo,
    '--json',
  ]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Outcome;
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

/**
 * RFC 7208 §4.3: a malformed or single-label <domain> makes check_host() return "none" at once; the
 * command answers that (exit 0) for whatever an MTA received, as in the OpenSPF suite's initial
 * processing tests, rather than refusing the input.
 */
describe.concurrent('kensa spf-eval answers "none" for a domain check_host() cannot evaluate', () => {
  it.each([
    ['a label over 63 octets', `lyme.eater@${'a'.repeat(64)}.healthy.test`, 'mail.healthy.test'],
    ['an empty label', 'lyme.eater@a...healthy.test', 'mail.healthy.test'],
    ['a domain literal', 'foo@[192.0.2.1]', 'mail.healthy.test'],
    ['an IPv6 domain literal', 'foo@[IPv6:2001:db8::1]', 'mail.healthy.test'],
    ['a HELO that is not a FQDN, with an empty MAIL FROM', '', 'OEMCOMPUTER'],
    ['a HELO domain literal, with an empty MAIL FROM', '', '[192.0.2.1]'],
  ])('%s', async (_, sender, helo) => {
    const outcome = await evaluate('192.0.2.1', sender, helo);
    expect(outcome).toMatchObject({ result: 'none', reason: expect.stringMatching(/§4\.3/), lookups: 0 });
  });

  it('a name that does not exist (NXDOMAIN)', async () => {
    const outcome = await evaluate('192.0.2.1', 'user@no-such-name.healthy.test');
    expect(outcome).toMatchObject({ domain: 'no-such-name.healthy.test', result: 'none', lookups: 0 });
  });

  it('checks MAIL FROM as usual when only the HELO is not a FQDN', async () => {
    const outcome = await evaluate('203.0.113.10', 'alerts@healthy.test', 'OEMCOMPUTER');
    expect(outcome).toMatchObject({ domain: 'healthy.test', result: 'pass', matched: 'ip4:203.0.113.0/27' });
  });

  it('prints the reason for people', async () => {
    const run = await runCliInProcess([
      'spf-eval',
      '--dns',
      knot.dns,
      '--ip',
      '192.0.2.1',
      '--helo',
      '[192.0.2.1]',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^none — 192\.0\.2\.1 for \[192\.0\.2\.1\]$/m);
    expect(run.stdout).toMatch(/^reason: '\[192\.0\.2\.1\]' is not a valid domain \(§4\.3\)$/m);
  });
});
