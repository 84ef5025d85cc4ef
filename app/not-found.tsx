import Link from 'next/link';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';

export default async function NotFound() {
  const t = translator(await currentLocale());
  return (
    <main id="main" className="auth-page">
      <h1>{t('state.notFoundTitle')}</h1>
      <p>{t('state.notFoundBody')}</p>
      <p>
        <Link href="/">{t('state.backHome')}</Link>
      </p>
    </main>
  );
}
