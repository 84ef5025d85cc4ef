import { describe, expect, it } from 'vitest';
import { mxPatternMatches } from './mx-pattern-matches';
import { parseMtaStsPolicy } from './parse-mta-sts-policy';
import { parseMtaStsRecord } from './parse-mta-sts-record';

describe('parseMtaStsRecord (RFC 8461 §3.1)', () => {
  it.each([
    ['v=STSv1; id=20260101T000000;', '20260101T000000'],
    ['v=STSv1;id=abc', 'abc'],
    ['v=STSv1; id=x; ext_field=1', 'x'],
  ])('%s is valid', (text, id) => {
    expect(parseMtaStsRecord(text)).toEqual({ id, errors: [] });
  });

  it.each([
    ['v=STSv1', /no "id=" field/],
    ['v=STSv1; id=2026-01-01', /not 1 to 32 letters and digits/],
    [`v=STSv1; id=${'a'.repeat(33)}`, /not 1 to 32/],
    ['id=1; v=STSv1', /must begin with "v=STSv1"/],
    ['v=STSv1; id=1; id=2', /more than once/],
  ])('%s is invalid', (text, error) => {
    expect(parseMtaStsRecord(text).errors.join('; ')).toMatch(error);
  });
});

describe('parseMtaStsPolicy (RFC 8461 §3.2)', () => {
  it('reads a policy with CRLF or LF, several mx, unknown keys ignored', () => {
    const text =
      'version: STSv1\r\nmode: enforce\r\nmx: mail.example.jp\nmx: *.Example.NET.\nmax_age: 604800\nfuture: x\n';
    expect(parseMtaStsPolicy(text)).toEqual({
      policy: { mode: 'enforce', mx: ['mail.example.jp', '*.example.net'], maxAge: 604800 },
      errors: [],
    });
  });

  it('mode none needs no mx', () => {
    expect(parseMtaStsPolicy('version: STSv1\nmode: none\nmax_age: 86400\n').errors).toEqual([]);
  });

  it.each([
    ['mode: enforce\nmx: a.jp\nmax_age: 1', /no "version" line/, null],
    ['version: STSv1\nmode: strict\nmx: a.jp\nmax_age: 1', /mode "strict"/, null],
    ['version: STSv1\nmode: enforce\nmx: a.jp\nmax_age: 31557601', /max_age "31557601"/, null],
    ['version: STSv1\nmode: enforce\nmx: a.jp\nmax_age: -1', /max_age "-1"/, null],
    ['version: STSv1\nmode: testing\nmax_age: 86400', /needs at least one "mx"/, 'testing'],
    ['version: STSv1\nmode: enforce\nmx: a..jp\nmax_age: 86400', /mx "a..jp"/, 'enforce'],
    [
      'version: STSv1\nmode: enforce\nmode: none\nmx: a.jp\nmax_age: 1',
      /"mode" appears more than once/,
      'enforce',
    ],
    ['<html>', /line 1 is not "key: value"/, null],
  ])('%j is invalid', (text, error, mode) => {
    const parsed = parseMtaStsPolicy(text);
    expect(parsed.errors.join('; ')).toMatch(error);
    expect(parsed.policy?.mode ?? null).toBe(mode);
  });
});

describe('mxPatternMatches (RFC 8461 §4.1)', () => {
  it.each([
    ['mail.example.jp', 'mail.example.jp', true],
    ['mail.example.jp', 'MAIL.example.jp.', true],
    ['*.example.jp', 'mx1.example.jp', true],
    ['*.example.jp', 'example.jp', false],
    ['*.example.jp', 'a.mx1.example.jp', false],
    ['*.example.jp', 'mx1.badexample.jp', false],
    ['mail.example.jp', 'mail2.example.jp', false],
  ])('%s ~ %s is %s', (pattern, host, expected) => {
    expect(mxPatternMatches(pattern, host)).toBe(expected);
  });
});
