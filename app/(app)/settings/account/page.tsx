import { AccountNameForm } from '@/components/account/account-name-form';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { passwordWeaknessLabels } from '@/components/account/password-weakness-labels';
import { SessionsTable } from '@/components/account/sessions-table';
import { currentSessionHash } from '@/lib/auth/current-session-hash';
import { pageContext } from '@/lib/auth/page-context';
import { listOwnSessions } from '@/lib/queries/list-own-sessions';

export const dynamic = 'force-dynamic';

/** Every user's own page: name, password, and the browsers signed in to the account. */
export default async function AccountPage() {
  const { user, viewer, locale, t } = await pageContext();
  const sessions = await listOwnSessions(viewer, await currentSessionHash());
  return (
    <>
      <h1>{t('account.title')}</h1>
      <p className="muted">
        {user.email} · {t(`nav.role.${user.role}`)}
      </p>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('account.profile')}</h2>
        <AccountNameForm
          name={user.name}
          labels={{
            name: t('account.name'),
            save: t('common.save'),
            saved: t('common.saved'),
            invalid: t('account.invalid'),
          }}
        />
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.password')}</h2>
        <ChangePasswordForm
          labels={{
            current: t('account.currentPassword'),
            next: t('account.newPassword'),
            confirm: t('account.confirmPassword'),
            hint: t('account.passwordHint'),
            submit: t('account.changePassword'),
            changed: t('account.passwordChanged'),
            invalid: t('account.invalid'),
            mismatch: t('password.mismatch'),
            wrongPassword: t('account.wrongPassword'),
            busy: t('account.busy'),
            weak: passwordWeaknessLabels(t),
          }}
        />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('account.sessions')}</h2>
        <p className="muted">{t('account.sessionsIntro')}</p>
        <SessionsTable sessions={sessions} locale={locale} t={t} />
      </section>
    </>
  );
}
