import { describe, expect, it } from 'vitest';
import { attachmentDisposition, exportFilename } from './export-filename';
import { localDateTime, wallClockDate } from './local-date-time';

const instant = new Date('2026-11-28T10:06:07Z'); // 19:06:07 in Tokyo

describe('export names and times', () => {
  it('names a download after the users’ clock', () => {
    expect(localDateTime(instant, 'Asia/Tokyo')).toBe('2026-11-28 19:06:07');
    expect(wallClockDate(instant, 'Asia/Tokyo').toISOString()).toBe('2026-11-28T19:06:07.000Z');
    expect(localDateTime(new Date('2026-12-31T15:00:00Z'), 'Asia/Tokyo')).toBe('2027-01-01 00:00:00');
  });

  it('keeps the Content-Disposition value to safe characters', () => {
    expect(exportFilename('domains', 'csv', instant)).toMatch(/^kensa-domains-\d{8}-\d{4}\.csv$/);
    expect(attachmentDisposition('kensa-scorecard-xn--r8jz45g.test-20261128-1906.pdf')).toBe(
      'attachment; filename="kensa-scorecard-xn--r8jz45g.test-20261128-1906.pdf"',
    );
    expect(attachmentDisposition('a"b\r\nSet-Cookie: x.pdf')).toBe(
      'attachment; filename="a_b__Set-Cookie__x.pdf"',
    );
  });
});
