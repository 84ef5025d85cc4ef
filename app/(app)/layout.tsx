import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOut } from '@/lib/actions/sign-out';
import { switchLocale } from '@/lib/actions/switch-locale';
import { requireUser } from '@/lib/auth/require-user';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const locale = await currentLocale();
  const t = translator(locale);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link className="brand" href="/">
          {t('app.name')}
        </Link>
        <nav aria-label="Main">
          <Link href="/">{t('nav.domains')}</Link>
        </nav>
        <form action={switchLocale}>
          <input type="hidden" name="locale" value={locale === 'ja' ? 'en' : 'ja'} />
          <button type="submit" lang={locale === 'ja' ? 'en' : 'ja'}>
            {t('nav.language')}
          </button>
        </form>
        <span>{user.email}</span>
        <form action={signOut}>
          <button type="submit">{t('nav.signOut')}</button>
        </form>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
