import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliInProcess } from './testing/run-cli';
import { startUdpRelay, type UdpRelay } from './testing/udp-relay';

/**
 * Bad input is refused before any lookup: exit 2, a message naming the problem on stderr, nothing on
 * stdout. --dns points at a loopback relay that counts queries and answers none, so a check that
 * slipped through would show as a query (and never reach any other server). One case runs the
 * installed command; the others run it in this process (runCliInProcess).
 */
let blackHole: UdpRelay;

beforeAll(async () => {
  blackHole = await startUdpRelay(9, () => false);
});
afterAll(async () => {
  await blackHole?.close();
});

/** 300 octets: four 63-octet labels, then 39 octets and ".test". */
const LONG_NAME = `${`${'a'.repeat(63)}.`.repeat(4)}${'b'.repeat(39)}.test`;

/** Runs the CLI and checks that it exited 2 with `message` on stderr, nothing on stdout, no query sent. */
async function expectRefused(args: string[], message: RegExp, cli = runCliInProcess): Promise<void> {
  const run = await cli(args);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
  expect(run.stderr, 'a message, not a stack trace').not.toMatch(/\n\s+at /);
  expect(blackHole.received()).toBe(0);
}

describe.concurrent('kensa audit refuses a malformed domain', () => {
  it.each([
    ['bad domain!.test', /invalid domain "bad domain!\.test": not a valid domain name/],
    ['192.0.2.1', /an IP address is not a domain name/],
    ['[2001:db8::1]', /an IP address is not a domain name/],
    [LONG_NAME, /name is 300 octets long; the limit is 253/],
    ['healthy..test', /invalid domain/],
  ])('%s, even next to a valid one', async (input, message) => {
    await expectRefused(['audit', '--dns', blackHole.dns, '--json', 'healthy.test', input], message);
  });

  it('no domain at all', async () => {
    await expectRefused(['audit', '--dns', blackHole.dns], /no domain given/, runCli);
  });
});

describe.concurrent('kensa spf-eval refuses a bad --ip', () => {
  it.each(['192.0.2.300', '2001:db8::g', 'mail.healthy.test', ''])('--ip "%s"', async (ip) => {
    await expectRefused(
      ['spf-eval', '--dns', blackHole.dns, '--ip', ip, '--sender', 'a@healthy.test'],
      /--ip must be an IPv4 or IPv6 address/,
    );
  });
});

describe.concurrent('kensa refuses other bad input', () => {
  it('spf-eval with neither --sender nor --helo', async () => {
    await expectRefused(
      ['spf-eval', '--dns', blackHole.dns, '--ip', '192.0.2.1'],
      /give --sender, --helo or both/,
    );
  });

  it('a --dns that is not an address', async () => {
    await expectRefused(['audit', '--dns', 'dns.example.jp', 'healthy.test'], /--dns: bad DNS server/);
  });

  it('an unknown option', async () => {
    await expectRefused(['audit', '--dns', blackHole.dns, '--recursive', 'healthy.test'], /--recursive/);
  });
});

describe('kensa audit --smtp-probe refuses a bad KENSA_SMTP_PROBE_ALLOW', () => {
  it('names that variable, as a usage error', async () => {
    process.env.KENSA_SMTP_PROBE_ALLOW = '10.0.0.0/40';
    try {
      await expectRefused(
        ['audit', '--dns', blackHole.dns, '--smtp-probe', 'healthy.test'],
        /KENSA_SMTP_PROBE_ALLOW: .*cannot read 10\.0\.0\.0\/40/,
      );
    } finally {
      delete process.env.KENSA_SMTP_PROBE_ALLOW;
    }
  });
});
