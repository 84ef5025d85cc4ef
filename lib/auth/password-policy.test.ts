import { describe, expect, it } from 'vitest';
import list from './common-passwords.json' with { type: 'json' };
import { checkPasswordPolicy, PASSWORD_MIN_LENGTH } from './password-policy';

const taro = { email: 'taro.yamada@example.jp', name: 'Taro Yamada' };

describe('checkPasswordPolicy', () => {
  it('ships 10,000 common passwords, most common first, lower-cased', () => {
    expect(list.passwords).toHaveLength(10_000);
    expect(list.passwords.slice(0, 2)).toEqual(['123456', 'password']);
    expect(list.passwords.every((p) => p === p.toLowerCase())).toBe(true);
  });

  it.each([
    'correct horse battery staple',
    'kensa-demo-password',
    'Xk9#mPq2$vLr',
    'yamada839274610293',
    '83927461029x',
    'トウキョウタワーの夜景がきれい',
  ])('accepts %j', (password) => {
    expect(checkPasswordPolicy(password, taro)).toEqual({ ok: true });
  });

  it('wants at least 12 characters, counted as characters, not bytes', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(checkPasswordPolicy('Xk9#mPq2$vL')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkPasswordPolicy('夜景がきれい🌃')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkPasswordPolicy('x'.repeat(100) + 'Yz9!'.repeat(40))).toEqual({
      ok: false,
      reason: 'too-long',
    });
  });

  it.each([
    ['qwertyuiop12', 'a common one with digits after it'],
    ['password1234', 'on the list as it is'],
    ['P@ssw0rd2024!', 'l33t, capitals and decoration'],
    ['Iloveyou1234', 'capitalised with digits'],
    ['iloveyou!!!!', 'with symbols'],
    ['I love you 2026', 'with spaces'],
  ])('refuses %j as common (%s)', (password) => {
    expect(checkPasswordPolicy(password)).toEqual({ ok: false, reason: 'common' });
  });

  it.each([
    'aaaaaaaaaaaa',
    'abcabcabcabc',
    'hunter2hunter2',
    'abcdefghijkl',
    '123456789012',
    'lkjhgfdsapoiu',
    '1qaz2wsx3edc4rfv',
    'aabbaabbaabbccdd',
  ])('refuses %j as a repetition or sequence', (password) => {
    expect(checkPasswordPolicy(password)).toEqual({ ok: false, reason: 'repetitive' });
  });

  it('refuses a password made mostly of the e-mail, the name or "kensa"', () => {
    for (const password of ['taro.yamada2026', 'TaroYamada!!!!', 'yamada@example.jp', 'Kensa-Admin-2026'])
      expect(checkPasswordPolicy(password, taro), password).toEqual({ ok: false, reason: 'personal' });
    // Without knowing whose it is, the same password is judged on its own.
    expect(checkPasswordPolicy('taro.yamada2026')).toEqual({ ok: true });
  });
});
