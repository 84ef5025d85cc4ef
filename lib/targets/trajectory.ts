import { addDays, type Day, daysBetween } from '@/lib/history/day-of';
import type { Milestone } from './target-schema';

/** One measured value: the metric's share on `day` (null: no domain could be judged). */
export interface SeriesPoint {
  day: Day;
  percent: number | null;
}

export interface TargetLine {
  percent: number;
  deadline: Day;
  milestones: readonly Milestone[];
  /** The value when the target was made; the trajectory starts there when known. */
  baseline: SeriesPoint | null;
}

/**
 * met: at or above the target (before the deadline: now; after it: on the deadline day);
 * missed: below it on the deadline day; behind: below the trajectory on the day; on_track: at or
 * above it, or nothing expected yet (before the trajectory's first point); unmeasured: no value.
 */
export type TargetStatus = 'met' | 'missed' | 'behind' | 'on_track' | 'unmeasured';

/** Rounding slack, so 95 stored and 95.00000000001 interpolated are the same. */
const EPSILON = 1e-9;

/**
 * The trajectory's points: the baseline (when measured and before the first milestone), the
 * milestones, then the deadline at the target. Between two points the expected value is linear.
 */
export function trajectoryPoints(target: TargetLine): Milestone[] {
  const first = target.milestones[0];
  const { baseline } = target;
  const start =
    baseline?.percent != null && (first === undefined || baseline.day < first.day)
      ? [{ day: baseline.day, percent: baseline.percent }]
      : [];
  return [...start, ...target.milestones, { day: target.deadline, percent: target.percent }];
}

/**
 * The value the trajectory expects on `day`: linear between the points around it, the target after
 * the deadline, null before the first point (nothing is expected yet).
 */
export function expectedOn(points: readonly Milestone[], day: Day): number | null {
  const after = points.findIndex((p) => p.day >= day);
  if (after === -1) return points.at(-1)?.percent ?? null;
  const next = points[after] as Milestone;
  if (next.day === day) return next.percent;
  const previous = points[after - 1];
  if (previous === undefined) return null;
  const span = daysBetween(previous.day, next.day) - 1;
  const elapsed = daysBetween(previous.day, day) - 1;
  return previous.percent + ((next.percent - previous.percent) * elapsed) / span;
}

/** The measured value in force on `day`: the last point on or before it (rollups keep change days). */
export function valueOn(series: readonly SeriesPoint[], day: Day): SeriesPoint | null {
  let found: SeriesPoint | null = null;
  for (const point of series) {
    if (point.day > day) break;
    found = point;
  }
  return found;
}

/** The target's status on `day`, from the series (sorted by day) measured up to then. */
export function statusOn(target: TargetLine, series: readonly SeriesPoint[], day: Day): TargetStatus {
  const judged = day > target.deadline ? target.deadline : day;
  const actual = valueOn(series, judged)?.percent ?? null;
  if (actual === null) return 'unmeasured';
  if (actual >= target.percent - EPSILON) return 'met';
  if (day > target.deadline) return 'missed';
  const expected = expectedOn(trajectoryPoints(target), day);
  return expected !== null && actual < expected - EPSILON ? 'behind' : 'on_track';
}

/** Days from `day` to the deadline (0 on the deadline, negative after it). */
export function daysLeft(target: TargetLine, day: Day): number {
  return daysBetween(day, target.deadline) - 1;
}

/**
 * The first day of the stretch of days, up to `day`, on which the target has been behind — the day
 * it crossed below its trajectory — or null when it is not behind on `day`. Each crossing has its
 * own first day, so an alert keyed on it fires once per crossing, not once per day behind.
 */
export function behindSince(target: TargetLine, series: readonly SeriesPoint[], day: Day): Day | null {
  if (statusOn(target, series, day) !== 'behind') return null;
  const start = trajectoryPoints(target)[0]?.day ?? day;
  let since = day;
  for (let d = addDays(day, -1); d >= start; d = addDays(d, -1)) {
    if (statusOn(target, series, d) !== 'behind') break;
    since = d;
  }
  return since;
}
