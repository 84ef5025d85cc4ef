import { describe, expect, it } from 'vitest';
import { scorecardPeriod } from './scorecard-period';

describe('scorecardPeriod', () => {
  it('names ISO weeks, including those that straddle a new year', () => {
    expect(scorecardPeriod('weekly', '2026-12-07')).toBe('2026-W50'); // a Monday
    expect(scorecardPeriod('weekly', '2026-12-13')).toBe('2026-W50'); // its Sunday
    expect(scorecardPeriod('weekly', '2026-12-14')).toBe('2026-W51');
    expect(scorecardPeriod('weekly', '2027-01-01')).toBe('2026-W53'); // Friday: 2026 has 53 weeks
    expect(scorecardPeriod('weekly', '2025-12-29')).toBe('2026-W01'); // Monday of 2026's first week
  });

  it('names months', () => {
    expect(scorecardPeriod('monthly', '2026-12-31')).toBe('2026-12');
    expect(scorecardPeriod('monthly', '2027-01-01')).toBe('2027-01');
  });
});
