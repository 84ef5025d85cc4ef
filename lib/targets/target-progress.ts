import { addDays, type Day, daysBetween } from '@/lib/history/day-of';
import type { StoredTarget } from './stored-target';
import type { Milestone } from './target-schema';
import {
  daysLeft,
  expectedOn,
  type SeriesPoint,
  statusOn,
  type TargetStatus,
  trajectoryPoints,
  valueOn,
} from './trajectory';

/** One point of the progress chart: the value in force that day (null after `asOf`) and the trajectory's. */
export interface ChartRow {
  day: Day;
  actual: number | null;
  expected: number | null;
}

export interface TargetProgress {
  target: StoredTarget;
  /** The day the figures are for (today, or a report's period end). */
  asOf: Day;
  /** The value in force on asOf (on the deadline once it has passed). */
  actual: SeriesPoint | null;
  /** What the trajectory expects on asOf; null before its first point. */
  expected: number | null;
  status: TargetStatus;
  daysLeft: number;
  trajectory: Milestone[];
  chart: ChartRow[];
}

/** History shown before the trajectory starts (or the target was made), for context. */
const LEAD_DAYS = 90;
/** Rows of the chart at most (one every few days over a long plan). */
const CHART_ROWS = 60;

/** The first day the chart shows, and so the first day of the series to read. */
export function chartStart(target: StoredTarget): Day {
  const first = trajectoryPoints(target)[0]?.day ?? target.createdDay;
  const earliest = [first, target.createdDay].sort()[0] ?? first;
  return addDays(earliest, -LEAD_DAYS);
}

/** A target's progress on `asOf` from its series (read from chartStart(target) to asOf). */
export function targetProgress(
  target: StoredTarget,
  series: readonly SeriesPoint[],
  asOf: Day,
): TargetProgress {
  const trajectory = trajectoryPoints(target);
  return {
    target,
    asOf,
    actual: valueOn(series, asOf > target.deadline ? target.deadline : asOf),
    expected: expectedOn(trajectory, asOf),
    status: statusOn(target, series, asOf),
    daysLeft: daysLeft(target, asOf),
    trajectory,
    chart: chartRows(target, series, trajectory, asOf),
  };
}

function chartRows(
  target: StoredTarget,
  series: readonly SeriesPoint[],
  trajectory: Milestone[],
  asOf: Day,
): ChartRow[] {
  const from = chartStart(target);
  const to = asOf > target.deadline ? asOf : target.deadline;
  const step = Math.max(1, Math.ceil(daysBetween(from, to) / CHART_ROWS));
  const days = new Set<Day>([to, asOf]);
  for (let day = from; day < to; day = addDays(day, step)) days.add(day);
  return [...days].sort().map((day) => ({
    day,
    actual: day <= asOf ? (valueOn(series, day)?.percent ?? null) : null,
    expected: expectedOn(trajectory, day),
  }));
}
