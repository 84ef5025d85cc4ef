import { SettingsSection } from '@/components/settings-section';
import { InstanceSettingsForm } from '@/components/users/instance-settings-form';
import { InviteUserForm } from '@/components/users/invite-user-form';
import { mailLabels, roleLabels } from '@/components/users/user-change-labels';
import { UsersTable } from '@/components/users/users-table';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { pageContext } from '@/lib/auth/page-context';
import { listUsers } from '@/lib/queries/list-users';
import { getInstanceSettings } from '@/lib/settings/get-instance-settings';

export const dynamic = 'force-dynamic';

export default async function UsersPage() {
  const { user, viewer, locale, t } = await pageContext('admin');
  if (!isUnscopedAdmin(viewer))
    return (
      <>
        <h1>{t('users.title')}</h1>
        <p className="error">{t('users.error.out_of_scope')}</p>
      </>
    );
  const [users, settings] = await Promise.all([listUsers(viewer), getInstanceSettings()]);
  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="intro">{t('users.intro')}</p>
      <SettingsSection id="invite" title={t('users.invite')}>
        <InviteUserForm
          labels={{
            email: t('login.email'),
            name: t('users.name'),
            role: t('users.role'),
            roles: roleLabels(t),
            submit: t('users.inviteSubmit'),
            invalid: t('users.inviteInvalid'),
            emailTaken: t('users.error.email_taken'),
            unknownGroup: t('users.error.unknown_group'),
            outOfScope: t('users.error.out_of_scope'),
            invited: t('users.invited'),
            link: t('users.link'),
            mail: mailLabels(t),
          }}
        />
      </SettingsSection>
      <SettingsSection id="users" title={t('users.caption')}>
        <UsersTable users={users} selfId={user.id} locale={locale} t={t} now={new Date()} />
      </SettingsSection>
      <SettingsSection id="security" title={t('settings.security')}>
        <InstanceSettingsForm
          requireAdminMfa={settings.requireAdminMfa}
          labels={{
            requireAdminMfa: t('settings.requireAdminMfa'),
            note: t('settings.requireAdminMfaNote'),
            save: t('common.save'),
            saved: t('common.saved'),
            invalid: t('account.invalid'),
            outOfScope: t('users.error.out_of_scope'),
          }}
        />
      </SettingsSection>
    </>
  );
}
