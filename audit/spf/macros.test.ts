import { describe, expect, it } from 'vitest';
import { parseClientIp } from './ip-address';
import { expandMacros, type MacroContext } from './macros';

// RFC 7208 §7.4's examples: sender strong-bad@email.example.com, client 192.0.2.3 or 2001:db8::cb01.
const v4 = parseClientIp('192.0.2.3');
const v6 = parseClientIp('2001:db8::cb01');
if (!v4 || !v6) throw new Error('test addresses');
const context: MacroContext = {
  sender: 'strong-bad@email.example.com',
  localPart: 'strong-bad',
  senderDomain: 'email.example.com',
  domain: 'email.example.com',
  ip: v4,
  helo: 'mx.example.org',
};
const expand = (spec: string, extra: Partial<MacroContext> = {}, exp = false) => {
  const result = expandMacros(spec, { ...context, ...extra }, { exp });
  return result.ok ? result.value : `error: ${result.error}`;
};

describe('expandMacros (RFC 7208 §7.4 examples)', () => {
  it.each([
    ['%{s}', 'strong-bad@email.example.com'],
    ['%{o}', 'email.example.com'],
    ['%{d}', 'email.example.com'],
    ['%{d4}', 'email.example.com'],
    ['%{d3}', 'email.example.com'],
    ['%{d2}', 'example.com'],
    ['%{d1}', 'com'],
    ['%{dr}', 'com.example.email'],
    ['%{d2r}', 'example.email'],
    ['%{l}', 'strong-bad'],
    ['%{l-}', 'strong.bad'],
    ['%{lr}', 'strong-bad'],
    ['%{lr-}', 'bad.strong'],
    ['%{l1r-}', 'strong'],
    ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
    ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
    ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
    ['%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}', '3.2.0.192.in-addr.strong.lp._spf.example.com'],
    ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
  ])('%s → %s', (spec, expected) => {
    expect(expand(spec)).toBe(expected);
  });

  it('expands %{i} of an IPv6 client as nibbles (hex case is free; the OpenSPF suite wants upper)', () => {
    expect(expand('%{ir}.%{v}._spf.%{d2}', { ip: v6 }).toLowerCase()).toBe(
      '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com',
    );
  });
});

describe('expandMacros', () => {
  it('expands the escapes %%, %_ and %-', () => {
    expect(expand('a%%b%_c%-d')).toBe('a%b c%20d');
  });

  it('URL-escapes upper-case macros outside the unreserved set (§7.3)', () => {
    expect(expand('%{L}', { localPart: '~jack&jill=up-a_b3.c' })).toBe('~jack%26jill%3Dup-a_b3.c');
    expect(expand('%{H}', { helo: "JUMPIN' JUPITER" })).toBe('JUMPIN%27%20JUPITER');
  });

  it('splits on several delimiters and keeps the rightmost parts', () => {
    expect(expand('%{l2r+-}', { localPart: 'foo-bar+zip+quux' })).toBe('bar.foo');
    expect(expand('%{l9}')).toBe('strong-bad');
  });

  it('fills p with the validated name, "unknown" when there is none', () => {
    expect(expand('%{p}')).toBe('unknown');
    expect(expand('%{p}', { validatedName: 'mx.example.com' })).toBe('mx.example.com');
  });

  it('allows c, r and t only in explanation text', () => {
    expect(
      expand('%{c} %{r} %{t}', { ip: v6, receiver: 'mx.example.net', timestamp: 1700000000 }, true),
    ).toBe('2001:db8::cb01 mx.example.net 1700000000');
    expect(expand('%{c}.example.com')).toBe("error: macro letter 'c' is allowed only in explanation text");
    expect(expand('%{r}', {}, true)).toBe('unknown');
    expect(expand('two words')).toBe('error: invalid character U+0020');
  });
});
