import type { Locale } from '@/lib/i18n/messages';

/** A bucket's name in the reader's language: "Aug 2026" / "2026年8月", or the day for days and weeks. */
export function periodLabel(bucket: string, granularity: 'day' | 'week' | 'month', locale: Locale): string {
  const date = new Date(`${bucket}T00:00:00Z`);
  const tag = locale === 'ja' ? 'ja-JP' : 'en-GB';
  const options: Intl.DateTimeFormatOptions =
    granularity === 'month'
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  const text = new Intl.DateTimeFormat(tag, options).format(date);
  if (granularity !== 'week') return text;
  return locale === 'ja' ? `${text}の週` : `w/c ${text}`;
}
