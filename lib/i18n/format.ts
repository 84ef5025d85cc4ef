import type { Locale } from './messages';

const tag = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-GB');

/** A count with the reader's digit grouping ("100,000"). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale)).format(value);
}

/** A percentage with one or two decimals, as the ministry slides print them ("93.41%"). */
export function formatPercent(value: number | null, locale: Locale, digits = 2): string {
  if (value === null || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(tag(locale), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A day (YYYY-MM-DD in Japan) in the reader's language. */
export function formatDay(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'Asia/Tokyo',
  }).format(date);
}
