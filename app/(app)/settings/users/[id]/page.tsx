import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmActionButton } from '@/components/confirm-action-button';
import { SettingsSection } from '@/components/settings-section';
import { UserAccessPanel } from '@/components/users/user-access-panel';
import { mailLabels, roleLabels, userChangeLabels } from '@/components/users/user-change-labels';
import { UserRoleForm } from '@/components/users/user-role-form';
import { UserScopeForm } from '@/components/users/user-scope-form';
import { resetUserMfaAction } from '@/lib/actions/reset-user-mfa';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { pageContext } from '@/lib/auth/page-context';
import { getUser } from '@/lib/queries/get-user';
import { listGroups } from '@/lib/queries/list-groups';

export const dynamic = 'force-dynamic';

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { user: self, viewer, t }] = await Promise.all([params, pageContext('admin')]);
  // Managing users is for admins not limited to groups (they could lift their own limit).
  if (!isUnscopedAdmin(viewer)) notFound();
  const user = await getUser(viewer, id);
  if (!user) notFound();
  const groups = await listGroups(viewer);
  const shared = userChangeLabels(t);
  return (
    <>
      <p>
        <Link href="/settings/users">← {t('users.back')}</Link>
      </p>
      <h1>{user.name ?? user.email}</h1>
      <p className="muted">
        {user.email} · {t(`users.status.${user.status}`)}
      </p>
      <SettingsSection id="role" title={t('users.role')}>
        <UserRoleForm
          userId={user.id}
          role={user.role}
          labels={{ ...shared, role: t('users.role'), roles: roleLabels(t), note: t('users.roleNote') }}
        />
      </SettingsSection>
      <SettingsSection id="scope" title={t('users.scopeHeading')}>
        <UserScopeForm
          userId={user.id}
          groups={groups.map(({ id: groupId, name }) => ({ id: groupId, name }))}
          selected={user.groups.map((group) => group.id)}
          labels={{
            ...shared,
            legend: t('users.scope'),
            note: t('users.scopeNote'),
            noGroups: t('users.noGroups'),
          }}
        />
      </SettingsSection>
      <SettingsSection id="access" title={t('users.accessHeading')}>
        <UserAccessPanel
          userId={user.id}
          status={user.status}
          ssoOnly={user.status === 'active' && !user.hasPassword}
          labels={{
            ...shared,
            disable: t('users.disable'),
            enable: t('users.enable'),
            disableConfirm: t('users.disableConfirm', { email: user.email }),
            newLink: t(user.status === 'invited' ? 'users.newInvite' : 'users.newReset'),
            newPassword: t('users.newPassword'),
            newPasswordConfirm: t('users.newPasswordConfirm', { email: user.email }),
            linkNote: t(
              user.status === 'invited'
                ? 'users.inviteLinkNote'
                : user.hasPassword
                  ? 'users.linkNote'
                  : 'users.passwordLinkNote',
            ),
            linkCreated: t('users.linkCreated'),
            link: t('users.link'),
            mail: mailLabels(t),
            delete: t('users.delete'),
            deleteConfirm: t('users.deleteConfirm', { email: user.email }),
          }}
        />
      </SettingsSection>
      <SettingsSection id="mfa" title={t('mfa.title')}>
        <p>{t(user.mfa ? 'mfa.status.on' : 'mfa.status.off')}</p>
        {user.mfa && user.id !== self.id && (
          <>
            <p className="muted">{t('mfa.resetNote')}</p>
            <ConfirmActionButton
              action={resetUserMfaAction.bind(null, user.id)}
              label={t('mfa.reset')}
              confirm={t('mfa.resetConfirm', { email: user.email })}
            />
          </>
        )}
      </SettingsSection>
    </>
  );
}
