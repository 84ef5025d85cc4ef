import { describe, expect, it } from 'vitest';
import { checkNewSchedule, schedulePattern } from './schedule-pattern';

const cron = (pattern: string) => checkNewSchedule({ kind: 'cron', cron: pattern, timeZone: 'Asia/Tokyo' });

describe('schedulePattern', () => {
  it('takes daily, weekly and cron schedules in a time zone', () => {
    expect(schedulePattern({ kind: 'daily', cron: null, timeZone: 'Asia/Tokyo' })).toEqual({
      ok: true,
      repeat: { pattern: '0 2 * * *', tz: 'Asia/Tokyo' },
    });
    expect(cron('*/15 * * * *')).toEqual({ ok: true, repeat: { pattern: '*/15 * * * *', tz: 'Asia/Tokyo' } });
    expect(cron('0  3 * *   2')).toMatchObject({ ok: true, repeat: { pattern: '0 3 * * 2' } });
  });

  it.each(['* * * * *', '*/5 * * * *', '0,1 2 * * *', '*/10 * 1 1 *', '*/30 * * * * *'])(
    'refuses %j, which fires more often than every 15 minutes',
    (pattern) => {
      const check = cron(pattern);
      expect(check.ok).toBe(false);
      expect(check.ok ? '' : check.error).toContain('more often than every 15 minutes');
    },
  );

  it('lets the workers keep firing a pattern stored before the limit (the limit is for new saves)', () => {
    expect(schedulePattern({ kind: 'cron', cron: '*/5 * * * *', timeZone: 'UTC' })).toMatchObject({
      ok: true,
    });
  });

  it('refuses malformed patterns and unknown time zones with a reason', () => {
    expect(cron('61 * * * *')).toMatchObject({ ok: false });
    expect(cron('0 2 *')).toMatchObject({ ok: false, error: expect.stringContaining('5 fields') });
    expect(schedulePattern({ kind: 'daily', cron: null, timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('time zone'),
    });
  });
});
