import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TIME_ZONE, kensaTimeZone } from '@/lib/i18n/format';
import { addDays, dayOf, daysBetween, isDay, startOfDay } from './day-of';

afterEach(() => vi.unstubAllEnvs());

describe('dayOf', () => {
  it('gives the calendar day in Tokyo by default: 23:30 UTC is already the next day there', () => {
    vi.stubEnv('KENSA_TIME_ZONE', '');
    expect(kensaTimeZone()).toBe(DEFAULT_TIME_ZONE);
    expect(dayOf(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(dayOf(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });

  it('follows KENSA_TIME_ZONE', () => {
    vi.stubEnv('KENSA_TIME_ZONE', 'UTC');
    expect(dayOf(new Date('2026-03-31T15:00:00Z'))).toBe('2026-03-31');
    expect(dayOf(new Date('2026-03-31T15:00:00Z'), 'America/New_York')).toBe('2026-03-31');
  });
});

describe('day arithmetic', () => {
  it('adds days across months and leap days, and counts both ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(365);
  });

  it('accepts only real days', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
  });
});

describe('startOfDay', () => {
  it('is local midnight in the zone, also on the days clocks change', () => {
    expect(startOfDay('2026-04-01', 'Asia/Tokyo').toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(startOfDay('2026-04-01', 'UTC').toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(startOfDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfDay('2026-10-25', 'Europe/Paris').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    // Santiago skips 00:00-01:00 on the day its summer time starts: the day begins at 01:00.
    expect(startOfDay('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });
});
