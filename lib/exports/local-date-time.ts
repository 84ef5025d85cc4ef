import { kensaTimeZone } from '@/lib/history/day-of';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `instant` as 'YYYY-MM-DD HH:mm:ss' on the users' clock (KENSA_TIME_ZONE): the form Excel reads as a
 * date and time, where an ISO string with an offset would stay text.
 */
export function localDateTime(instant: Date, timeZone: string = kensaTimeZone()): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/**
 * The users' wall-clock time of `instant` as a Date whose UTC fields carry it: spreadsheet dates have
 * no time zone, and exceljs writes a Date's UTC fields.
 */
export function wallClockDate(instant: Date, timeZone: string = kensaTimeZone()): Date {
  return new Date(`${localDateTime(instant, timeZone).replace(' ', 'T')}Z`);
}
