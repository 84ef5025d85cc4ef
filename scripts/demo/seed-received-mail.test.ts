import { describe, expect, it } from 'vitest';
import { DEMO_MAIL_WEEKS, demoMailRows } from './seed-received-mail';

const senders = ['a.demo.test', 'b.demo.test', ...Array.from({ length: 30 }, (_, i) => `s${i}.example`)];

describe('demoMailRows', () => {
  const rows = demoMailRows('2026-11-30', senders);

  it('is the same on every run', () => {
    expect(demoMailRows('2026-11-30', senders)).toEqual(rows);
  });

  it('covers two years of Mondays, the third source from the middle on', () => {
    const days = [...new Set(rows.map((r) => r.day))].sort();
    expect(days).toHaveLength(DEMO_MAIL_WEEKS);
    expect(days.at(-1)).toBe('2026-11-30');
    expect(days.every((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    const third = [...new Set(rows.filter((r) => r.source === 2).map((r) => r.day))].sort();
    expect(third[0]).toBe(days[52]);
  });

  it('has pass shares that climb from the first year to the second', () => {
    const passShare = (method: 'spf' | 'dkim' | 'dmarc', from: number, to: number) => {
      const days = [...new Set(rows.map((r) => r.day))].sort().slice(from, to);
      const inRange = rows.filter((r) => r.source < 2 && days.includes(r.day));
      const total = inRange.reduce((n, r) => n + r.messages, 0);
      return inRange.filter((r) => r[method] === 'pass').reduce((n, r) => n + r.messages, 0) / total;
    };
    for (const method of ['spf', 'dkim', 'dmarc'] as const)
      expect(passShare(method, 0, 8)).toBeLessThan(passShare(method, DEMO_MAIL_WEEKS - 8, DEMO_MAIL_WEEKS));
  });
});
