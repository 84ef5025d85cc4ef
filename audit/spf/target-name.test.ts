import { describe, expect, it } from 'vitest';
import { isCheckableDomain, toTargetName } from './target-name';

describe('toTargetName', () => {
  it('drops the final dot and lower-cases', () => {
    expect(toTargetName('_SPF.Example.COM.')).toBe('_spf.example.com');
  });

  it('removes labels from the left of a name over 253 octets (RFC 7208 §7.3)', () => {
    const long = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.example.com`;
    expect(long.length).toBeGreaterThan(253);
    expect(toTargetName(long)).toBe(`${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.example.com`);
  });

  it('refuses names no query can be composed from', () => {
    expect(toTargetName('mail.example...com')).toBeNull();
    expect(toTargetName(`${'x'.repeat(64)}.example.com`)).toBeNull();
    expect(toTargetName('')).toBeNull();
  });
});

describe('isCheckableDomain (RFC 7208 §4.3)', () => {
  it('needs a well-formed multi-label name', () => {
    expect(isCheckableDomain('example.com')).toBe(true);
    expect(isCheckableDomain('example.com.')).toBe(true);
    for (const bad of ['localhost', 'A...example.com', '[1.2.3.5]', `${'x'.repeat(64)}.example.com`, '']) {
      expect(isCheckableDomain(bad), bad).toBe(false);
    }
  });
});
