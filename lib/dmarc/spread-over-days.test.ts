import { describe, expect, it } from 'vitest';
import { daysOfRange, spreadCount } from './spread-over-days';

describe('daysOfRange', () => {
  it('splits a UTC day over the two Tokyo days it touches, 15 h and 9 h', () => {
    const shares = daysOfRange(
      new Date('2026-11-30T00:00:00Z'),
      new Date('2026-12-01T00:00:00Z'),
      'Asia/Tokyo',
    );
    expect(shares).toEqual([
      { day: '2026-11-30', ms: 15 * 3_600_000 },
      { day: '2026-12-01', ms: 9 * 3_600_000 },
    ]);
  });

  it('keeps a week-long report as seven days, and a range ending at midnight out of the next day', () => {
    const shares = daysOfRange(new Date('2026-11-01T00:00:00Z'), new Date('2026-11-08T00:00:00Z'), 'UTC');
    expect(shares.map((share) => share.day)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
    ]);
  });

  it('counts an empty or reversed range on the day it begins', () => {
    const at = new Date('2026-11-30T12:00:00Z');
    expect(daysOfRange(at, at, 'UTC')).toEqual([{ day: '2026-11-30', ms: 1 }]);
  });
});

describe('spreadCount', () => {
  it('gives whole parts in proportion that add up to the count exactly', () => {
    const shares = [
      { day: 'a', ms: 15 },
      { day: 'b', ms: 9 },
    ];
    expect(spreadCount(10, shares)).toEqual([6, 4]);
    expect(spreadCount(1, shares)).toEqual([1, 0]);
    const week = Array.from({ length: 7 }, (_, i) => ({ day: String(i), ms: 1 }));
    const parts = spreadCount(100, week);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
  });
});

describe('spreadCount of a count past 2^53 once multiplied by milliseconds', () => {
  it('stays exact: the parts add up to the count and follow the hours', () => {
    // 100,000 records of 2^31 − 1 messages over a UTC day seen from Tokyo: 15 h and 9 h.
    const count = 100_000 * 2_147_483_647;
    const shares = [
      { day: 'a', ms: 15 * 3_600_000 },
      { day: 'b', ms: 9 * 3_600_000 },
    ];
    const parts = spreadCount(count, shares);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(count);
    expect(parts).toEqual([(count * 5) / 8, (count * 3) / 8]);
    expect(spreadCount(count + 1, shares).reduce((a, b) => a + b, 0)).toBe(count + 1);
  });
});
