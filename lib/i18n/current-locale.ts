import { cookies, headers } from 'next/headers';
import type { Locale } from './messages';

export const LOCALE_COOKIE = 'kensa_locale';

/** The locale remembered in a cookie, else the browser's preference (Japanese first), else Japanese. */
export async function currentLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (chosen === 'en' || chosen === 'ja') return chosen;
  const accept = (await headers()).get('accept-language') ?? '';
  return /^en\b/i.test(accept.trim()) ? 'en' : 'ja';
}
