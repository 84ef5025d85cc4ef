import type { Locale } from '@/lib/i18n/messages';

/** Date and time in the reader's language, in Japan's time zone (the users' own), with the zone shown. */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Asia/Tokyo',
    timeZoneName: 'short',
  }).format(date);
}
