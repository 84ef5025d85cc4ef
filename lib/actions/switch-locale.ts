'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE } from '@/lib/i18n/current-locale';

/** Remembers the chosen UI language for a year. */
export async function switchLocale(form: FormData): Promise<void> {
  const locale = z.enum(['en', 'ja']).parse(form.get('locale'));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
}
