import { describe, expect, it } from 'vitest';
import { RFC8601_APPENDIX_B } from '../audit/authres/testing/authres-corpus';
import { runCli, runCliInProcess } from './testing/run-cli';

/**
 * `kensa authres --json` as issue 13's contract states it: stdin in, one object per field out, exit 0.
 * The first case runs the installed command; the others run it in this process (runCliInProcess).
 */
async function authres(input: string, run = runCliInProcess): Promise<unknown> {
  const ran = await run(['authres', '--json'], input);
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  return JSON.parse(ran.stdout);
}

describe.concurrent('kensa authres', () => {
  it('reads one folded field given without its name', async () => {
    expect(await authres(`${RFC8601_APPENDIX_B['B.6 two DKIM signatures']}\r\n`, runCli)).toEqual([
      {
        authservId: 'mail-router.example.net',
        version: null,
        none: false,
        results: [
          {
            method: 'dkim',
            result: 'pass',
            normalizedResult: 'pass',
            reason: null,
            properties: [
              { ptype: 'header', property: 'd', value: 'newyork.example.com' },
              { ptype: 'header', property: 'b', value: 'oINEO8hg' },
            ],
          },
          {
            method: 'dkim',
            result: 'fail',
            normalizedResult: 'fail',
            reason: null,
            properties: [
              { ptype: 'header', property: 'd', value: 'mail-router.example.net' },
              { ptype: 'header', property: 'b', value: 'EToRSuvU' },
            ],
          },
        ],
      },
    ]);
  });

  it('reads every Authentication-Results field of a header block, in order, and reports a bad one', async () => {
    const block = [
      'Received: from relay.example.net by mx.example.jp; Mon, 5 Jan 2026 09:00:00 +0900',
      'Authentication-Results: mx.example.jp;',
      '\tspf=hardfail reason=forged smtp.mailfrom=user@example.net',
      'Subject: hello',
      'authentication-results: spf=pass smtp.mailfrom=example.net',
      'Authentication-Results: example.org 1; none',
      '',
      'body: Authentication-Results: not a field',
    ].join('\r\n');
    expect(await authres(block)).toEqual([
      {
        authservId: 'mx.example.jp',
        version: null,
        none: false,
        results: [
          {
            method: 'spf',
            result: 'hardfail',
            normalizedResult: 'fail',
            reason: 'forged',
            properties: [{ ptype: 'smtp', property: 'mailfrom', value: 'user@example.net' }],
          },
        ],
      },
      { error: expect.stringMatching(/no authserv-id/) },
      { authservId: 'example.org', version: 1, none: true, results: [] },
    ]);
  });

  it('prints [] for no input', async () => {
    expect(await authres('')).toEqual([]);
  });
});
