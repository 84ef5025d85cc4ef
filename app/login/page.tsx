import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/sign-in-form';
import { SsoSignIn } from '@/components/sso-sign-in';
import { oidcSettings, passwordSignInEnabled } from '@/lib/auth/oidc/oidc-settings';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';
import { countUsers } from '@/lib/queries/count-users';

export const dynamic = 'force-dynamic';

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; sso?: string; mfa?: string }>;
}) {
  const passwords = passwordSignInEnabled();
  // SSO only: the first admin comes through SSO (a role mapping to admin), not the password setup.
  if (passwords && (await countUsers()) === 0) redirect('/setup');
  const t = translator(await currentLocale());
  const { next, sso, mfa } = await searchParams;
  const provider = oidcSettings()?.label;
  return (
    <main className="auth-page">
      <div className="panel">
        <h1>
          {t('app.name')} — {t('login.title')}
        </h1>
        <p className="muted">{t('app.tagline')}</p>
        {mfa === 'expired' && (
          <p className="error" role="alert">
            {t('mfa.signIn.expired')}
          </p>
        )}
        {provider && (
          <SsoSignIn
            provider={provider}
            next={typeof next === 'string' ? next : undefined}
            error={typeof sso === 'string' ? sso : undefined}
            t={t}
          />
        )}
        {provider && passwords && <p className="muted">{t('login.orPassword')}</p>}
        {passwords && (
          <SignInForm
            next={typeof next === 'string' ? next : undefined}
            labels={{ email: t('login.email'), password: t('login.password'), submit: t('login.submit') }}
          />
        )}
      </div>
    </main>
  );
}
