import { cache } from 'react';
import { currentLocale } from '@/lib/i18n/current-locale';
import type { Locale } from '@/lib/i18n/messages';
import { type Translate, translator } from '@/lib/i18n/translate';
import type { SessionUser } from './find-session-user';
import { type RequireUserOptions, requireUser } from './require-user';
import type { Role } from './roles';
import { type Viewer, viewerOfUser } from './viewer';

export interface PageContext {
  user: SessionUser;
  viewer: Viewer;
  locale: Locale;
  /**
   * For server components. A function cannot cross to a 'use client' component: give it a `labels`
   * object of strings made with `t`, its `locale` for numbers, and dates already formatted.
   */
  t: Translate;
}

// Called only after requireUser has let the request through (pageContext below).
const signedInContext = cache(async (): Promise<PageContext> => {
  const [user, locale] = await Promise.all([
    requireUser('viewer', { duringMfaEnrolment: true }),
    currentLocale(),
  ]);
  return { user, viewer: viewerOfUser(user), locale, t: translator(locale) };
});

/**
 * What every signed-in page starts with: the user (checked against the sessions table — a page
 * never relies on the `(app)` layout, which a client-side navigation does not re-run), the viewer
 * its queries take, the locale and its translator. A `role` above viewer sends others away; a
 * session held for MFA enrolment goes to the enrolment page, unless this is it (`duringMfaEnrolment`).
 */
export async function pageContext(
  role: Role = 'viewer',
  options: RequireUserOptions = {},
): Promise<PageContext> {
  await requireUser(role, options);
  return signedInContext();
}
