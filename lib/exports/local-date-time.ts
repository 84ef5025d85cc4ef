import { kensaTimeZone, wallClock } from '@/lib/i18n/format';

/**
 * `instant` as 'YYYY-MM-DD HH:mm:ss' on the users' clock (KENSA_TIME_ZONE): the form Excel reads as a
 * date and time, where an ISO string with an offset would stay text.
 */
export function localDateTime(instant: Date, timeZone: string = kensaTimeZone()): string {
  const { year, month, day, hour, minute, second } = wallClock(instant, timeZone);
  return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}

/**
 * The users' wall-clock time of `instant` as a Date whose UTC fields carry it: spreadsheet dates have
 * no time zone, and exceljs writes a Date's UTC fields.
 */
export function wallClockDate(instant: Date, timeZone: string = kensaTimeZone()): Date {
  return new Date(`${localDateTime(instant, timeZone).replace(' ', 'T')}Z`);
}
