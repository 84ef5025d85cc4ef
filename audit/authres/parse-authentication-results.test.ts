import { describe, expect, it } from 'vitest';
import { AUTHRES_LIMITS } from './limits';
import { parseAuthenticationResults } from './parse-authentication-results';
import { REAL_WORLD, RFC8601_APPENDIX_B, UNREADABLE } from './testing/authres-corpus';
import type { AuthResField } from './types';

function parsed(value: string): AuthResField {
  const result = parseAuthenticationResults(value);
  if (!result.ok) throw new Error(`expected a field, got: ${result.error}`);
  return result.field;
}

const brief = (field: AuthResField) => field.results.map((r) => `${r.method}=${r.result}`);

describe('parseAuthenticationResults on RFC 8601 Appendix B', () => {
  it('reads the no-result form with a version (B.2)', () => {
    expect(parsed(RFC8601_APPENDIX_B['B.2 no-result'])).toEqual({
      authservId: 'example.org',
      version: 1,
      none: true,
      results: [],
    });
  });

  it('reads SPF and SMTP AUTH with their properties (B.3, B.4)', () => {
    expect(parsed(RFC8601_APPENDIX_B['B.3 SPF']).results).toEqual([
      {
        method: 'spf',
        result: 'pass',
        normalizedResult: 'pass',
        reason: null,
        properties: [{ ptype: 'smtp', property: 'mailfrom', value: 'example.net' }],
      },
    ]);
    const auth = parsed(RFC8601_APPENDIX_B['B.4 SMTP AUTH']);
    expect(brief(auth)).toEqual(['auth=pass', 'spf=pass']);
    expect(auth.results[0]?.properties).toEqual([
      { ptype: 'smtp', property: 'auth', value: 'sender@example.net' },
    ]);
    expect(parsed(RFC8601_APPENDIX_B['B.4 iprev']).results[0]?.properties).toEqual([
      { ptype: 'policy', property: 'iprev', value: '192.0.2.200' },
    ]);
  });

  it('keeps both DKIM signatures, told apart by header.d and header.b (B.6)', () => {
    const field = parsed(RFC8601_APPENDIX_B['B.6 two DKIM signatures']);
    expect(brief(field)).toEqual(['dkim=pass', 'dkim=fail']);
    expect(field.results.map((r) => r.properties.map((p) => p.value))).toEqual([
      ['newyork.example.com', 'oINEO8hg'],
      ['mail-router.example.net', 'EToRSuvU'],
    ]);
  });

  it('reads quoted reasons (B.6)', () => {
    expect(parsed(RFC8601_APPENDIX_B['B.6 reason=']).results.map((r) => r.reason)).toEqual([
      'good signature',
      'bad signature',
    ]);
  });

  it('ignores comments anywhere, even around the method version and the dot (B.7)', () => {
    expect(parsed(RFC8601_APPENDIX_B['B.7 comments everywhere'])).toEqual({
      authservId: 'foo.example.net',
      version: 1,
      none: false,
      results: [
        {
          method: 'dkim',
          result: 'fail',
          normalizedResult: 'fail',
          reason: null,
          properties: [{ ptype: 'policy', property: 'expired', value: '1362471462' }],
        },
      ],
    });
  });
});

describe('parseAuthenticationResults on real-world shapes', () => {
  it('keeps SPF for HELO and for MAIL FROM, and every DKIM signature', () => {
    const field = parsed(REAL_WORLD['rspamd, helo and mailfrom']);
    expect(brief(field)).toEqual(['spf=pass', 'spf=softfail', 'dkim=pass', 'dkim=fail', 'dmarc=pass']);
    expect(field.results[0]?.properties[0]).toEqual({
      ptype: 'smtp',
      property: 'helo',
      value: 'mail.sender.example',
    });
  });

  it('keeps the legacy hardfail as written and normalises it to fail', () => {
    const field = parsed(REAL_WORLD['legacy hardfail (RFC 5451)']);
    expect(field.results.map((r) => [r.method, r.result, r.normalizedResult])).toEqual([
      ['spf', 'hardfail', 'fail'],
      ['sender-id', 'hardfail', 'fail'],
    ]);
  });

  it('lower-cases methods, results and property names in any case; values stay as written', () => {
    const field = parsed(REAL_WORLD['upper case, version 1']);
    expect(field.authservId).toBe('MX.EXAMPLE.JP');
    expect(field.results.map((r) => [r.method, r.result, r.reason])).toEqual([
      ['spf', 'pass', null],
      ['dkim', 'neutral', 'NO KEY'],
    ]);
    expect(field.results[0]?.properties).toEqual([
      { ptype: 'smtp', property: 'mailfrom', value: 'USER@EXAMPLE.JP' },
    ]);
  });

  it('keeps base64 with "/", "+" and "=" in unquoted values', () => {
    expect(parsed(REAL_WORLD.gmail).results[0]?.properties.at(-1)?.value).toBe('Qm9/ab+c');
  });

  it('tolerates a trailing ";", a comment glued to a result, and an empty value', () => {
    expect(brief(parsed(REAL_WORLD['yahoo, trailing semicolon']))).toEqual([
      'dkim=pass',
      'spf=pass',
      'dmarc=pass',
    ]);
    expect(parsed(REAL_WORLD['null sender']).results[0]?.properties.at(-1)).toEqual({
      ptype: 'smtp',
      property: 'mailfrom',
      value: '',
    });
  });

  it("skips Exchange Online's bare action=none, keeps reason=100", () => {
    const field = parsed(REAL_WORLD['exchange online with authserv-id']);
    expect(brief(field)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass', 'compauth=pass']);
    expect(field.results[2]?.properties).toEqual([
      { ptype: 'header', property: 'from', value: 'example.go.jp' },
    ]);
    expect(field.results[3]?.reason).toBe('100');
  });

  it('reads quoted authserv-ids and values, and UTF-8 (RFC 6532)', () => {
    const quoted = parsed(REAL_WORLD['quoted authserv-id and values']);
    expect(quoted.authservId).toBe('mx.example.jp');
    expect(quoted.results[0]?.properties.map((p) => p.value)).toEqual(['example.jp', 'a b']);
    expect(parsed(REAL_WORLD['utf-8 (RFC 6532)']).authservId).toBe('mx.例え.jp');
  });

  it('accepts the field name in front, in any case', () => {
    expect(parsed('AUTHENTICATION-RESULTS : mx.example.jp; spf=pass').authservId).toBe('mx.example.jp');
  });
});

describe('parseAuthenticationResults reports what it cannot read', () => {
  it.each(Object.entries(UNREADABLE))('%s', (_name, value) => {
    const result = parseAuthenticationResults(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/\S/);
  });

  it('names the authserv-id of a field that broke after it, and not of one without', () => {
    expect(parseAuthenticationResults(UNREADABLE['no result'])).toMatchObject({
      ok: false,
      authservId: 'mx.example.jp',
    });
    expect(parseAuthenticationResults(UNREADABLE['no authserv-id (Exchange Online)'])).toMatchObject({
      ok: false,
      authservId: null,
      error: expect.stringMatching(/no authserv-id/),
    });
  });

  it('refuses fields past its bounds instead of following them', () => {
    const long = `mx.example.jp; spf=pass smtp.mailfrom=${'a'.repeat(AUTHRES_LIMITS.fieldLength)}.jp`;
    expect(parseAuthenticationResults(long)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/limit/),
    });
    const many = `mx.example.jp; ${Array.from({ length: AUTHRES_LIMITS.results + 1 }, () => 'spf=pass').join('; ')}`;
    expect(parseAuthenticationResults(many)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/more than 64 results/),
    });
    const props = `mx.example.jp; dkim=pass ${'header.d=x '.repeat(AUTHRES_LIMITS.properties + 1)}`;
    expect(parseAuthenticationResults(props)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/properties/),
    });
    const deep = `mx.example.jp ${'('.repeat(AUTHRES_LIMITS.commentDepth + 1)}x${')'.repeat(AUTHRES_LIMITS.commentDepth + 1)}; none`;
    expect(parseAuthenticationResults(deep)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/nested/),
    });
    expect(parseAuthenticationResults('mx.example.jp 1234567890; none')).toMatchObject({ ok: false });
  });
});
