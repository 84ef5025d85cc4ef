export type PeriodUnit = 'day' | 'week' | 'month';

/** Zone offsets change at most on the quarter hour, so one lookup serves a whole quarter hour. */
const QUARTER_HOUR = 15 * 60_000;
const MAX_CACHED = 100_000;

/**
 * The day, or the start of the week (ISO 8601: Monday) or month, containing an instant, as
 * 'YYYY-MM-DD' in a time zone's calendar: a message received 23:30 UTC on Sunday is Monday morning in
 * Tokyo, next week's.
 * Intl does the zone arithmetic (DST, historical offsets); each quarter hour is asked once.
 */
export class PeriodCalendar {
  private readonly format: Intl.DateTimeFormat;
  private readonly days = new Map<number, string>();

  /** Throws RangeError for a zone Intl does not know: callers check with `isTimeZone` (audit/time-zone.ts) first. */
  constructor(
    private readonly unit: PeriodUnit,
    timeZone: string,
  ) {
    this.format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  }

  periodStart(instant: number): string {
    const quarter = Math.floor(instant / QUARTER_HOUR);
    let start = this.days.get(quarter);
    if (start === undefined) {
      if (this.days.size >= MAX_CACHED) this.days.clear();
      start = this.startOf(this.localDay(instant));
      this.days.set(quarter, start);
    }
    return start;
  }

  private localDay(instant: number): { year: number; month: number; day: number } {
    const parts = this.format.formatToParts(instant);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return { year: part('year'), month: part('month'), day: part('day') };
  }

  private startOf({ year, month, day }: { year: number; month: number; day: number }): string {
    if (this.unit === 'month') return isoDay(Date.UTC(year, month - 1, 1));
    const date = Date.UTC(year, month - 1, day);
    if (this.unit === 'day') return isoDay(date);
    const sinceMonday = (new Date(date).getUTCDay() + 6) % 7;
    return isoDay(date - sinceMonday * 86_400_000);
  }
}

function isoDay(utcMidnight: number): string {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}
