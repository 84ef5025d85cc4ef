import type { Locale } from '@/lib/i18n/messages';

/** Date and time in the reader's language, in Japan's time zone (the users' own), with the zone shown. */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Tokyo',
    timeZoneName: 'short',
  }).format(date);
}
