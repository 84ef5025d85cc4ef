import { describe, expect, it } from 'vitest';
import { parseMailDate, parseReceivedDate } from './parse-mail-date';

const at = (iso: string) => Date.parse(iso);

describe('parseMailDate', () => {
  it.each([
    ['Mon, 5 Jan 2026 09:00:00 +0900', '2026-01-05T00:00:00Z'],
    ['5 Jan 2026 00:00 -0000', '2026-01-05T00:00:00Z'],
    ['Mon, 05 Jan 2026 09:00:00 +0900 (JST)', '2026-01-05T00:00:00Z'],
    ['Sun, 4 Jan 26 19:00:00 EST', '2026-01-05T00:00:00Z'],
    ['Thursday, 1 January 1998 00:00:00 GMT', '1998-01-01T00:00:00Z'],
    ['1 Jan 2026 00:00:60 +0000', '2026-01-01T00:00:59Z'],
  ])('%s', (text, iso) => {
    expect(parseMailDate(text)).toBe(at(iso));
  });

  it.each([
    '',
    '1',
    'yesterday',
    '31 Feb 2026 00:00:00 +0000',
    '1 Foo 2026 00:00 +0000',
    '1 Jan 2026 25:00 +0000',
  ])('refuses %j', (text) => {
    expect(parseMailDate(text)).toBeNull();
  });
});

describe('parseReceivedDate', () => {
  it('reads the date after the last ";" of a folded Received field', () => {
    expect(
      parseReceivedDate(' from a (b [192.0.2.1]) by mx.example.jp;\r\n\tMon, 5 Jan 2026 09:00:00 +0900'),
    ).toBe(at('2026-01-05T00:00:00Z'));
    expect(parseReceivedDate(' from a by b')).toBeNull();
  });
});
