import { redirect } from 'next/navigation';
import { FirstAdminForm } from '@/components/first-admin-form';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';
import { countUsers } from '@/lib/queries/count-users';

export const dynamic = 'force-dynamic';

/**
 * First-run screen: open only while no account exists, and useful only with the setup code the web
 * app printed to its log (the action re-checks both in a transaction).
 */
export default async function SetupPage() {
  if ((await countUsers()) > 0) redirect('/login');
  const t = translator(await currentLocale());
  return (
    <main className="auth-page">
      <div className="panel">
        <h1>{t('setup.title')}</h1>
        <p className="muted">{t('setup.intro')}</p>
        <p>{t('setup.codeIntro')}</p>
        <FirstAdminForm
          labels={{
            setupCode: t('setup.code'),
            name: t('setup.name'),
            email: t('login.email'),
            password: t('login.password'),
            submit: t('setup.submit'),
          }}
        />
      </div>
    </main>
  );
}
