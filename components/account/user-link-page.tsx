import Link from 'next/link';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';
import { findUserLink } from '@/lib/users/find-user-link';
import type { UserLinkKind } from '@/lib/users/user-link-secret';
import { passwordWeaknessLabels } from './password-weakness-labels';
import { SetPasswordForm } from './set-password-form';

/**
 * What /welcome/[token] and /reset/[token] show: the set-password form for a valid link, and one
 * "invalid or expired" page for every other case (unknown, used, expired, replaced, disabled user).
 */
export async function UserLinkPage({ token, kind }: { token: string; kind: UserLinkKind }) {
  const [link, locale] = await Promise.all([findUserLink(token, kind), currentLocale()]);
  const t = translator(locale);
  if (!link)
    return (
      <main className="auth-page">
        <div className="panel">
          <h1>{t('link.invalidTitle')}</h1>
          <p>{t('link.invalidBody')}</p>
          <p>
            <Link href="/login">{t('link.toLogin')}</Link>
          </p>
        </div>
      </main>
    );
  return (
    <main className="auth-page">
      <div className="panel">
        <h1>{t(kind === 'invite' ? 'link.welcomeTitle' : 'link.resetTitle')}</h1>
        <p className="muted">
          {t(kind === 'invite' ? 'link.welcomeIntro' : 'link.resetIntro', { email: link.email })}
        </p>
        <SetPasswordForm
          token={token}
          kind={kind}
          name={link.name}
          email={link.email}
          labels={{
            email: t('login.email'),
            name: t('link.name'),
            password: t('link.password'),
            confirm: t('link.confirm'),
            submit: t('link.submit'),
            invalid: t('account.invalid'),
            mismatch: t('password.mismatch'),
            invalidLink: t('link.invalidTitle'),
            weak: passwordWeaknessLabels(t),
          }}
        />
      </div>
    </main>
  );
}
