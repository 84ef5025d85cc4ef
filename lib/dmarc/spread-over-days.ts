import { addDays, type Day, dayOf, startOfDay } from '@/lib/history/day-of';

/** A share of a report's range that fell on one calendar day. */
export interface DayShare {
  day: Day;
  /** Milliseconds of the range inside the day. */
  ms: number;
}

/** Longest range spread day by day; RFC 7489 §7.2 asks for daily reports, a year is already odd. */
const MAX_DAYS = 366;

/**
 * The calendar days (in `timeZone`) a report's range [begin, end] covers, with the time of the range
 * on each. A range ending exactly at a midnight does not reach into the next day. An empty or
 * reversed range counts wholly on the day of `begin`.
 */
export function daysOfRange(begin: Date, end: Date, timeZone: string): DayShare[] {
  const from = begin.getTime();
  const to = end.getTime();
  if (!(to > from)) return [{ day: dayOf(begin, timeZone), ms: 1 }];
  const shares: DayShare[] = [];
  let day = dayOf(begin, timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    const next = addDays(day, 1);
    const dayStart = Math.max(from, startOfDay(day, timeZone).getTime());
    const dayEnd = Math.min(to, startOfDay(next, timeZone).getTime());
    if (dayEnd > dayStart) shares.push({ day, ms: dayEnd - dayStart });
    if (startOfDay(next, timeZone).getTime() >= to) break;
    day = next;
  }
  return shares;
}

/**
 * Splits a whole count over the shares in proportion to their time, by largest remainder, so the
 * parts are whole numbers that add up to exactly `count` (a chart's total equals the report's).
 */
export function spreadCount(count: number, shares: readonly DayShare[]): number[] {
  const total = shares.reduce((sum, share) => sum + share.ms, 0);
  const exact = shares.map((share) => (count * share.ms) / total);
  const parts = exact.map(Math.floor);
  let left = count - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left--;
  }
  return parts;
}
