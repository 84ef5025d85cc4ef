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
});
