/** True when Intl knows the IANA time zone name (Asia/Tokyo, UTC…). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
