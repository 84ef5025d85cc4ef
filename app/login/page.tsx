import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/sign-in-form';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';
import { countUsers } from '@/lib/queries/count-users';

export const dynamic = 'force-dynamic';

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if ((await countUsers()) === 0) redirect('/setup');
  const t = translator(await currentLocale());
  const { next } = await searchParams;
  return (
    <main className="auth-page">
      <div className="panel">
        <h1>
          {t('app.name')} — {t('login.title')}
        </h1>
        <p className="muted">{t('app.tagline')}</p>
        <SignInForm
          next={typeof next === 'string' ? next : undefined}
          labels={{ email: t('login.email'), password: t('login.password'), submit: t('login.submit') }}
        />
      </div>
    </main>
  );
}
