import { toASCII, toUnicode } from 'tr46';
import { describe, expect, it } from 'vitest';
import { normalizeDomain } from './domain-name';

describe('normalizeDomain', () => {
  it('stores Unicode input as its A-label form and keeps the Unicode form', () => {
    expect(normalizeDomain('検査省.test')).toEqual({
      ok: true,
      ascii: 'xn--5vvzyn73a.test',
      unicode: '検査省.test',
    });
  });

  it('maps case and full-width characters per UTS #46', () => {
    expect(normalizeDomain(' Example.JP. ')).toMatchObject({ ok: true, ascii: 'example.jp' });
    expect(normalizeDomain('ＥＸＡＭＰＬＥ．ｊｐ')).toMatchObject({ ok: true, ascii: 'example.jp' });
  });

  it('decodes A-label input to its Unicode form', () => {
    expect(normalizeDomain('xn--5vvzyn73a.test')).toMatchObject({ ok: true, unicode: '検査省.test' });
  });

  it.each([
    ['', 'empty'],
    ['192.0.2.1', 'IP address'],
    ['[2001:db8::1]', 'IP address'],
    ['exa mple.jp', 'not a valid'],
    ['under_score.jp', 'not a valid'],
    ['-lead.jp', 'not a valid'],
    ['a..b.jp', 'empty label'],
    ['localhost', 'two labels'],
    ['example.123', 'all digits'],
    [`${'a'.repeat(64)}.jp`, 'limit is 63'],
    [`${'abcdefghi.'.repeat(26)}jp`, 'limit is 253'],
    ['xn--zz.jp', 'not a valid'],
  ])('rejects %j with a clear reason', (input, reason) => {
    const result = normalizeDomain(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });

  it.each([
    'example.jp',
    'a-b.c0.jp',
    '123.example.jp',
    'ab--cd.jp',
    'xn--5vvzyn73a.test',
    'trail-.jp',
    'mail.sub.example.co.jp',
  ])('%j: the plain-ASCII shortcut says what UTS #46 says', (input) => {
    const options = { checkHyphens: true, checkBidi: true, checkJoiners: true, useSTD3ASCIIRules: true };
    const ascii = toASCII(input, { ...options, verifyDNSLength: false });
    const result = normalizeDomain(input);
    expect(result.ok).toBe(ascii !== null);
    if (result.ok) {
      expect(result.ascii).toBe(ascii);
      expect(result.unicode).toBe(toUnicode(input, { ...options, transitionalProcessing: false }).domain);
    }
  });
});
