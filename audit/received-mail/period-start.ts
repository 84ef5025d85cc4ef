export type PeriodUnit = 'day' | 'week' | 'month';

const DAY = 86_400_000;
/** Zone offsets change at most on the quarter hour, so one lookup serves a whole quarter hour. */
const QUARTER_HOUR = 15 * 60_000;
const MAX_CACHED = 100_000;

/**
 * The day, or the start of the week (ISO 8601: Monday) or month, containing an instant, as
 * 'YYYY-MM-DD' in a time zone's calendar: a message received 23:30 UTC on Sunday is Monday morning in
 * Tokyo, next week's. Intl does the zone arithmetic (DST, historical offsets), and is slow, so it is
 * asked once per local day while messages come in order (a mailbox) and once per quarter hour
 * otherwise.
 */
export class PeriodCalendar {
  private readonly format: Intl.DateTimeFormat;
  private readonly quarters = new Map<number, string>();
  /** The local day last seen, as the instants it spans, when the zone's offset is the same all day. */
  private today = { from: 0, to: 0, start: '' };

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
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  }

  periodStart(instant: number): string {
    if (instant >= this.today.from && instant < this.today.to) return this.today.start;
    const quarter = Math.floor(instant / QUARTER_HOUR);
    const cached = this.quarters.get(quarter);
    if (cached !== undefined) return cached;
    const wall = this.wallClock(instant);
    const midnight = wall - (wall % DAY);
    const start = this.startOf(midnight);
    const offset = wall - instant;
    const from = midnight - offset;
    // Offsets change at most once a day: equal at both ends means equal all day.
    if (
      this.wallClock(from) - from === offset &&
      this.wallClock(from + DAY - 1) - (from + DAY - 1) === offset
    )
      this.today = { from, to: from + DAY, start };
    if (this.quarters.size >= MAX_CACHED) this.quarters.clear();
    this.quarters.set(quarter, start);
    return start;
  }

  /**
   * The zone's wall-clock time at `instant`, as milliseconds of a UTC date with the same fields.
   * Intl gives whole seconds; the instant's milliseconds are added back so that `wall - instant` is
   * the zone's offset exactly (without them the day check above never held at 23:59:59.999).
   */
  private wallClock(instant: number): number {
    const parts = this.format.formatToParts(instant);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const milliseconds = ((instant % 1000) + 1000) % 1000;
    return (
      Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) +
      milliseconds
    );
  }

  /** The period start of a local day given as its UTC-midnight milliseconds. */
  private startOf(midnight: number): string {
    const date = new Date(midnight);
    if (this.unit === 'month') return isoDay(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
    if (this.unit === 'day') return isoDay(midnight);
    const sinceMonday = (date.getUTCDay() + 6) % 7;
    return isoDay(midnight - sinceMonday * DAY);
  }
}

function isoDay(utcMidnight: number): string {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}
