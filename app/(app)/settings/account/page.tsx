import Link from 'next/link';
import { AccountNameForm } from '@/components/account/account-name-form';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { passwordWeaknessLabels } from '@/components/account/password-weakness-labels';
import { SessionsTable } from '@/components/account/sessions-table';
import { SettingsSection } from '@/components/settings-section';
import { currentSessionHash } from '@/lib/auth/current-session-hash';
import { pageContext } from '@/lib/auth/page-context';
import { MFA_ENROLMENT_PATH } from '@/lib/auth/require-user';
import { formatDateTime } from '@/lib/i18n/format';
import { getOwnMfaStatus } from '@/lib/queries/get-own-mfa-status';
import { listOwnSessions } from '@/lib/queries/list-own-sessions';

export const dynamic = 'force-dynamic';

/** Every user's own page: name, password, MFA, and the browsers signed in to the account. */
export default async function AccountPage() {
  const { user, viewer, locale, t } = await pageContext();
  const [sessions, mfa] = await Promise.all([
    listOwnSessions(viewer, await currentSessionHash()),
    getOwnMfaStatus(viewer),
  ]);
  return (
    <>
      <h1>{t('account.title')}</h1>
      <p className="muted">
        {user.email} · {t(`nav.role.${user.role}`)}
      </p>
      <SettingsSection id="profile" title={t('account.profile')}>
        <AccountNameForm
          name={user.name}
          labels={{
            name: t('account.name'),
            save: t('common.save'),
            saved: t('common.saved'),
            invalid: t('account.invalid'),
          }}
        />
      </SettingsSection>
      <SettingsSection id="password" title={t('account.password')}>
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
      </SettingsSection>
      <SettingsSection id="mfa" title={t('mfa.title')}>
        {!mfa.hasPassword ? (
          <p>{t('mfa.sso')}</p>
        ) : (
          <>
            <p>
              {mfa.enabledAt ? t('mfa.on', { time: formatDateTime(mfa.enabledAt, locale) }) : t('mfa.off')}
            </p>
            <p>
              <Link href={MFA_ENROLMENT_PATH}>{t('mfa.manage')}</Link>
            </p>
          </>
        )}
      </SettingsSection>
      <SettingsSection id="sessions" title={t('account.sessions')} intro={t('account.sessionsIntro')}>
        <SessionsTable sessions={sessions} locale={locale} t={t} />
      </SettingsSection>
    </>
  );
}
