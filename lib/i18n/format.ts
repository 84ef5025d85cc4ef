import type { Locale } from './messages';

/**
 * Every date and number Kensa shows — pages, the scorecard PDF, reports, alert mails, export files —
 * is formatted here, so the users' time zone (KENSA_TIME_ZONE) is applied in one place and each
 * Intl formatter is built once per locale, zone and style.
 *
 * Client components ('use client') may format numbers here, but never instants: KENSA_TIME_ZONE is
 * a server setting the browser cannot read, so `kensaTimeZone()` refuses to run there. Format dates
 * on the server and pass the strings in the component's `labels`.
 */

/** Japanese ministries are the users; KENSA_TIME_ZONE overrides it (an IANA name). */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

/** KENSA_TIME_ZONE or Asia/Tokyo: the one place the zone is read. lib/env.ts validates it at start-up. */
export function kensaTimeZone(): string {
  if (typeof window !== 'undefined') {
    throw new Error('KENSA_TIME_ZONE is server-only: format dates on the server and pass the strings');
  }
  return process.env.KENSA_TIME_ZONE?.trim() || DEFAULT_TIME_ZONE;
}

const tag = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-GB');
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

/** A count with the reader's digit grouping ("100,000"); `digits` bounds the decimals. */
export function formatNumber(value: number, locale: Locale, digits?: { min?: number; max?: number }): string {
  const options = { minimumFractionDigits: digits?.min, maximumFractionDigits: digits?.max };
  const key = `number|${locale}|${digits?.min}|${digits?.max}`;
  return cached(key, () => new Intl.NumberFormat(tag(locale), options)).format(value);
}

/** A fraction (0–1) as a percentage with fixed decimals, as the ministry slides print them ("93.41%"). */
export function formatPercent(value: number | null, locale: Locale, digits = 2): string {
  if (value === null || Number.isNaN(value)) return '—';
  const options = { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits } as const;
  return cached(`percent|${locale}|${digits}`, () => new Intl.NumberFormat(tag(locale), options)).format(
    value,
  );
}

/** A change in percentage points, two decimals (or `digits`) and always signed: "+1.55", "−0.40", "±0.00"; "—" when unknown. */
export function formatPoints(value: number | null, locale: Locale, digits = 2): string {
  if (value === null) return '—';
  const scale = 10 ** digits;
  const points = Math.round(value * scale) / scale;
  const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(points), locale, { min: digits, max: digits })}`;
}

const INSTANT_STYLES = {
  /** "28 Nov 2026, 19:06:07 GMT+9" / "2026年11月28日 19:06:07 JST": tables, facts, the scorecard PDF. */
  seconds: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
  /** "28 Nov 2026, 19:06" / "2026/11/28 19:06": alert mails. */
  minutes: { dateStyle: 'medium', timeStyle: 'short' },
  /** "28 Nov 2026, 19:06:07 GMT+9" / "2026/11/28 19:06:07 JST": when a report was generated. */
  long: { dateStyle: 'medium', timeStyle: 'long' },
  /** "28 Nov 2026" / "2026年11月28日": the users' calendar day of an instant. */
  date: { year: 'numeric', month: 'short', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type InstantStyle = keyof typeof INSTANT_STYLES;

/** An instant on the users' clock (KENSA_TIME_ZONE unless `timeZone` is given), in the reader's language. */
export function formatDateTime(
  instant: Date | string,
  locale: Locale,
  style: InstantStyle = 'seconds',
  timeZone: string = kensaTimeZone(),
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const options = { ...INSTANT_STYLES[style], timeZone };
  return cached(`${style}|${locale}|${timeZone}`, () => new Intl.DateTimeFormat(tag(locale), options)).format(
    date,
  );
}

const WALL_CLOCK_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
export type WallClock = Record<(typeof WALL_CLOCK_FIELDS)[number], string>;

/** An instant's wall-clock fields in `timeZone`, zero-padded: what days and export stamps are made of. */
export function wallClock(instant: Date, timeZone: string = kensaTimeZone()): WallClock {
  const options = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  } as const;
  const format = cached(
    `wall-clock|${timeZone}`,
    () => new Intl.DateTimeFormat('en-CA', { ...options, second: '2-digit', hourCycle: 'h23', timeZone }),
  );
  // formatToParts keeps us independent of how en-CA orders or separates the fields.
  const parts = format.formatToParts(instant);
  const field = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return Object.fromEntries(WALL_CLOCK_FIELDS.map((f) => [f, field(f)])) as WallClock;
}

const DAY_MONTH_YEAR = { year: 'numeric', month: 'short', day: 'numeric' } as const;
const MONTH_YEAR = { year: 'numeric', month: 'short' } as const;
const BUCKET_STYLES = {
  date: { en: DAY_MONTH_YEAR, ja: DAY_MONTH_YEAR },
  month: { en: MONTH_YEAR, ja: MONTH_YEAR },
  axisDate: { en: { month: 'short', day: 'numeric' }, ja: { month: 'numeric', day: 'numeric' } },
  axisMonth: { en: { year: '2-digit', month: 'short' }, ja: { year: 'numeric', month: 'numeric' } },
} satisfies Record<string, Record<Locale, Intl.DateTimeFormatOptions>>;

/**
 * A chart bucket (its first day, 'YYYY-MM-DD') in the reader's language. `long`: "Aug 2026",
 * "29 Jun 2026", "w/c 29 Jun 2026" (tables, the Overview); `axis`: "Jun 26" / "2026/6", "29 Jun" /
 * "6/29" for a small chart's axis (a week named by its Monday). A bucket is already a day on the
 * users' calendar, so it is printed in UTC, where its midnight stays on the same date.
 */
export function formatBucket(
  bucket: string,
  granularity: 'day' | 'week' | 'month',
  locale: Locale,
  form: 'long' | 'axis' = 'long',
): string {
  const month = granularity === 'month';
  const style = form === 'long' ? (month ? 'month' : 'date') : month ? 'axisMonth' : 'axisDate';
  const options = { ...BUCKET_STYLES[style][locale], timeZone: 'UTC' };
  const format = cached(`bucket-${style}|${locale}`, () => new Intl.DateTimeFormat(tag(locale), options));
  const text = format.format(new Date(`${bucket}T00:00:00Z`));
  if (form === 'axis' || granularity !== 'week') return text;
  return locale === 'ja' ? `${text}の週` : `w/c ${text}`;
}
