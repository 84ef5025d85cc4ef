import { describe, expect, it } from 'vitest';
import { recentResults } from './recent-results';
import { parseSpfRecord } from './spf/parse-spf';

describe('recentResults', () => {
  it('computes a text once and shares its frozen result, typed arrays included', () => {
    let computed = 0;
    const parse = recentResults(10, (text) => {
      computed++;
      return { text, parts: [{ bytes: new Uint8Array([1, 2]) }] };
    });
    const first = parse('a');
    expect(parse('a')).toBe(first);
    expect(computed).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.parts[0])).toBe(true);
    expect(first.parts[0]?.bytes).toEqual(new Uint8Array([1, 2]));
  });

  it('forgets everything when full, so attacker-chosen texts cannot grow it without bound', () => {
    let computed = 0;
    const parse = recentResults(2, (text) => {
      computed++;
      return text.length;
    });
    parse('a');
    parse('b');
    parse('c');
    parse('a');
    expect(computed).toBe(4);
  });

  it('shares parsed SPF records read-only: a caller cannot change what the next audit sees', () => {
    const parsed = parseSpfRecord('v=spf1 ip4:192.0.2.0/24 include:_spf.example.jp -all');
    expect(parseSpfRecord('v=spf1 ip4:192.0.2.0/24 include:_spf.example.jp -all')).toBe(parsed);
    expect(() => parsed.mechanisms.pop()).toThrow(TypeError);
    expect(parsed.mechanisms).toHaveLength(3);
  });
});
