import { describe, expect, it } from 'vitest';
import { behindSince, daysLeft, expectedOn, statusOn, type TargetLine, trajectoryPoints } from './trajectory';

// "DMARC enforcing ≥ 95% by 2027-03-31", made on 2026-01-01 at 50%, with 80% due on 2026-10-01.
const target: TargetLine = {
  percent: 95,
  deadline: '2027-03-31',
  milestones: [{ day: '2026-10-01', percent: 80 }],
  baseline: { day: '2026-01-01', percent: 50 },
};
const noBaseline: TargetLine = { ...target, baseline: null };

describe('the trajectory', () => {
  it('runs from the baseline through the milestones to the deadline', () => {
    expect(trajectoryPoints(target).map((p) => [p.day, p.percent])).toEqual([
      ['2026-01-01', 50],
      ['2026-10-01', 80],
      ['2027-03-31', 95],
    ]);
    expect(trajectoryPoints({ ...target, baseline: { day: '2026-01-01', percent: null } })).toHaveLength(2);
  });

  it('drops a baseline that is not before the first milestone', () => {
    const late = { ...target, baseline: { day: '2026-11-01', percent: 85 } };
    expect(trajectoryPoints(late).map((p) => p.day)).toEqual(['2026-10-01', '2027-03-31']);
  });

  it('is linear between points, the target after the deadline, nothing before the first point', () => {
    expect(expectedOn(trajectoryPoints(target), '2026-01-01')).toBe(50);
    // 2026-01-01 → 2026-10-01 is 273 days; 2026-05-21 is day 140 of them.
    expect(expectedOn(trajectoryPoints(target), '2026-05-21')).toBeCloseTo(50 + (30 * 140) / 273, 10);
    expect(expectedOn(trajectoryPoints(target), '2026-10-01')).toBe(80);
    expect(expectedOn(trajectoryPoints(target), '2028-01-01')).toBe(95);
    expect(expectedOn(trajectoryPoints(target), '2025-12-31')).toBeNull();
    expect(expectedOn(trajectoryPoints(noBaseline), '2026-09-30')).toBeNull();
  });
});

describe('the status on a day', () => {
  it('is on track before the first milestone when nothing is expected yet', () => {
    expect(statusOn(noBaseline, [{ day: '2026-03-01', percent: 10 }], '2026-06-01')).toBe('on_track');
  });

  it('is behind below the trajectory and on track at or above it, judged with the last value in force', () => {
    const series = [{ day: '2026-01-01', percent: 50 }];
    expect(statusOn(target, series, '2026-01-01')).toBe('on_track');
    expect(statusOn(target, series, '2026-01-02')).toBe('behind');
    expect(statusOn(target, [...series, { day: '2026-10-01', percent: 80 }], '2026-10-01')).toBe('on_track');
  });

  it('is met when the value reaches the target before the deadline', () => {
    expect(statusOn(target, [{ day: '2026-02-01', percent: 95 }], '2026-02-01')).toBe('met');
  });

  it('after the deadline is met or missed on the deadline day, whatever came later', () => {
    const series = [
      { day: '2027-03-30', percent: 96 },
      { day: '2027-04-05', percent: 40 },
    ];
    expect(statusOn(target, series, '2027-05-01')).toBe('met');
    const late = [
      { day: '2027-03-30', percent: 90 },
      { day: '2027-04-05', percent: 99 },
    ];
    expect(statusOn(target, late, '2027-05-01')).toBe('missed');
    expect(statusOn(target, late, '2027-03-31')).toBe('behind');
  });

  it('is unmeasured without a value, or when no domain could be judged', () => {
    expect(statusOn(target, [], '2026-06-01')).toBe('unmeasured');
    expect(statusOn(target, [{ day: '2026-05-01', percent: null }], '2026-06-01')).toBe('unmeasured');
  });

  it('counts the days left to the deadline', () => {
    expect(daysLeft(target, '2027-03-01')).toBe(30);
    expect(daysLeft(target, '2027-03-31')).toBe(0);
    expect(daysLeft(target, '2027-04-02')).toBe(-2);
  });
});

describe('behind since', () => {
  const series = [
    { day: '2026-01-01', percent: 50 },
    { day: '2026-03-01', percent: 70 },
    { day: '2026-04-01', percent: 60 },
  ];

  it('is the first day of the current stretch behind, the same on every later day of it', () => {
    // The line rises 30 points in 273 days: it is at 60% on 2026-04-02 (day 91), above it from 04-03.
    expect(behindSince(target, series, '2026-03-15')).toBeNull();
    expect(behindSince(target, series, '2026-04-02')).toBeNull();
    expect(behindSince(target, series, '2026-04-03')).toBe('2026-04-03');
    expect(behindSince(target, series, '2026-06-30')).toBe('2026-04-03');
  });

  it('starts again after the target caught up', () => {
    const caughtUp = [...series, { day: '2026-05-01', percent: 75 }];
    expect(behindSince(target, caughtUp, '2026-05-01')).toBeNull();
    // The line passes 75% on day 228 (2026-08-17: 75.05%).
    expect(behindSince(target, caughtUp, '2026-09-01')).toBe('2026-08-17');
  });
});
