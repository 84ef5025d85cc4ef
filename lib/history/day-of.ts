/**
 * Calendar days in the users' time zone. History (daily status, memberships, rollups) is kept per
 * day as the users see the calendar, not per UTC day: a scan at 08:00 in Tokyo is 23:00 UTC the day
 * before.
 */
import { kensaTimeZone, wallClock } from '@/lib/i18n/format';

/** A calendar day as 'YYYY-MM-DD'. */
export type Day = string;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** The calendar day of `instant` in `timeZone`. */
export function dayOf(instant: Date, timeZone: string = kensaTimeZone()): Day {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${year}-${month}-${day}`;
}

/**
 * The instant `day` begins in `timeZone`: its local midnight, or the first instant after it where a
 * daylight-saving change skips midnight (America/Santiago's begins at 01:00 then). Two guesses, with
 * the zone's offset at UTC midnight and at the first guess, cover any zone's one change a night.
 */
export function startOfDay(day: Day, timeZone: string = kensaTimeZone()): Date {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const wall = (instant: number) => {
    const w = wallClock(new Date(instant), timeZone);
    return Date.UTC(+w.year, +w.month - 1, +w.day, +w.hour, +w.minute, +w.second);
  };
  const first = midnight - (wall(midnight) - midnight);
  const second = midnight - (wall(first) - first);
  const guesses = [Math.min(first, second), Math.max(first, second)];
  const exact = guesses.find((instant) => wall(instant) === midnight);
  const onTheDay = guesses.find((instant) => dayOf(new Date(instant), timeZone) === day);
  return new Date(exact ?? onTheDay ?? first);
}

/** True for a real 'YYYY-MM-DD' day (2026-02-30 is not). */
export function isDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** `day` plus `days` (negative to go back). */
export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both counted (1 for the same day). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY) + 1;
}

/** The value Prisma writes to a @db.Date column for `day` (midnight UTC, the date part is kept). */
export function dateColumn(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The day a @db.Date column read through Prisma stands for. */
export function dayOfDateColumn(value: Date): Day {
  return value.toISOString().slice(0, 10);
}
