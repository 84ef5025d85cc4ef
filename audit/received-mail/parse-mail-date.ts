const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 5322 §4.3 obsolete zone names; other letters (military zones) mean -0000, "unknown". */
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  gmt: 0,
  z: 0,
  edt: -4 * 60,
  est: -5 * 60,
  cdt: -5 * 60,
  cst: -6 * 60,
  mdt: -6 * 60,
  mst: -7 * 60,
  pdt: -7 * 60,
  pst: -8 * 60,
};

const DATE_TIME =
  /^(?:[a-z]+\s*,\s*)?(\d{1,2})\s*([a-z]{3})[a-z]*\s*(\d{2,4})\s+(\d{1,2})\s*:\s*(\d{1,2})(?:\s*:\s*(\d{1,2}))?\s*(?:([+-])(\d{2})(\d{2})|([a-z]{1,5}))?/i;

/**
 * An RFC 5322 §3.3 date-time as milliseconds since the epoch, or null when it is not one. Takes the
 * obsolete forms of §4.3 too (two- and three-digit years, named zones, comments, day names spelled
 * out) because old MTAs still write them; a missing zone reads as -0000 (UTC, §3.3). Not Date.parse:
 * what it accepts differs between engines and it reads "1" as a year.
 */
export function parseMailDate(text: string): number | null {
  const match = DATE_TIME.exec(withoutComments(text).trim());
  if (!match) return null;
  const [, day, monthName, yearText, hour, minute, second, sign, zoneHours, zoneMinutes, zoneName] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  const year = fullYear(yearText ?? '');
  const parts = [Number(day), Number(hour), Number(minute), Number(second ?? 0)] as const;
  if (month === -1 || parts[1] > 23 || parts[2] > 59 || parts[3] > 60) return null;
  const local = Date.UTC(year, month, parts[0], parts[1], parts[2], Math.min(parts[3], 59));
  if (new Date(local).getUTCDate() !== parts[0] || year < 1970) return null;
  const offset = sign
    ? (sign === '-' ? -1 : 1) * (Number(zoneHours) * 60 + Number(zoneMinutes))
    : (NAMED_ZONES[(zoneName ?? '').toLowerCase()] ?? 0);
  if (sign && Number(zoneMinutes) > 59) return null;
  return local - offset * 60_000;
}

/** The date of a Received field: what follows its last ";" (RFC 5321 §4.4 Time-stamp-line). */
export function parseReceivedDate(received: string): number | null {
  const semicolon = received.lastIndexOf(';');
  return semicolon === -1 ? null : parseMailDate(received.slice(semicolon + 1));
}

/** RFC 5322 §4.3: two-digit years from 50 are 19xx, below 50 20xx; three-digit years add 1900. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (text.length === 3) return 1900 + year;
  return year;
}

/** Drops comments (one level is all dates carry, e.g. "(JST)"). */
function withoutComments(text: string): string {
  return text.indexOf('(') === -1 ? text : text.replace(/\([^()]*\)/g, ' ');
}
