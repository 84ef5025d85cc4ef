'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE } from '@/lib/i18n/current-locale';

/** Remembers the chosen UI language for a year (open to anyone: the sign-in page has the switch too). */
export async function switchLocaleAction(form: FormData): Promise<void> {
  const locale = z.enum(['en', 'ja']).catch('ja').parse(form.get('locale'));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
}
