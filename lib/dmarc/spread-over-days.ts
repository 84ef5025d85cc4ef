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
 * In BigInt: a report's count (up to ~2.1 × 10^14) times a day's milliseconds passes 2^53.
 */
export function spreadCount(count: number, shares: readonly DayShare[]): number[] {
  const total = BigInt(shares.reduce((sum, share) => sum + share.ms, 0));
  const whole = BigInt(count);
  const exact = shares.map((share) => whole * BigInt(share.ms));
  const parts = exact.map((value) => value / total);
  let left = whole - parts.reduce((sum, part) => sum + part, 0n);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value % total }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (left <= 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left--;
  }
  return parts.map(Number);
}
