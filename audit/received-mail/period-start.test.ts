import { describe, expect, it, vi } from 'vitest';
import { PeriodCalendar } from './period-start';

describe('PeriodCalendar', () => {
  it.each([
    'Asia/Tokyo',
    'UTC',
    'America/New_York',
    'Australia/Lord_Howe',
    'America/Santiago',
    'Asia/Kathmandu',
    'Pacific/Apia',
  ])(
    'gives the same day as Intl at every step through 2010–2012 in %s (DST, half-hour and skipped days)',
    (zone) => {
      const intl = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      const calendar = new PeriodCalendar('day', zone);
      const wrong: string[] = [];
      // 97 min 13 s steps cross every hour and quarter hour at many offsets; Apia skipped 30 Dec 2011.
      for (let t = Date.UTC(2010, 0, 1); t < Date.UTC(2013, 0, 1); t += 97 * 60_000 + 13_000) {
        const parts = intl.formatToParts(t);
        const part = (type: string) => parts.find((p) => p.type === type)?.value;
        const expected = `${part('year')}-${part('month')}-${part('day')}`;
        if (calendar.periodStart(t) !== expected) wrong.push(new Date(t).toISOString());
      }
      expect(wrong).toEqual([]);
    },
  );

  it('starts weeks on Monday and months on the 1st in the zone', () => {
    const sundayNightUtc = Date.parse('2026-01-04T15:30:00Z');
    expect(new PeriodCalendar('week', 'Asia/Tokyo').periodStart(sundayNightUtc)).toBe('2026-01-05');
    expect(new PeriodCalendar('week', 'UTC').periodStart(sundayNightUtc)).toBe('2025-12-29');
    const lastOfJanuaryUtc = Date.parse('2026-01-31T16:00:00Z');
    expect(new PeriodCalendar('month', 'Asia/Tokyo').periodStart(lastOfJanuaryUtc)).toBe('2026-02-01');
    expect(new PeriodCalendar('month', 'UTC').periodStart(lastOfJanuaryUtc)).toBe('2026-01-01');
  });

  it.each([
    ['whole seconds', 0],
    ['milliseconds', 123],
  ])('asks Intl a few times a day, not every quarter hour, for instants in order (%s)', (_, ms) => {
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const calendar = new PeriodCalendar('week', 'Asia/Tokyo');
      const days = 30;
      // One message every 7 minutes: 6,171 messages over 2,880 quarter hours.
      for (let t = Date.UTC(2026, 0, 1) + ms; t < Date.UTC(2026, 0, 1 + days); t += 7 * 60_000)
        calendar.periodStart(t);
      expect(formatToParts.mock.calls.length).toBeLessThanOrEqual(3 * (days + 1));
    } finally {
      formatToParts.mockRestore();
    }
  });
});
