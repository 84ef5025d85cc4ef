import Link from 'next/link';
import { notFound } from 'next/navigation';
import { UserAccessPanel } from '@/components/users/user-access-panel';
import { mailLabels, roleLabels, userChangeLabels } from '@/components/users/user-change-labels';
import { UserRoleForm } from '@/components/users/user-role-form';
import { UserScopeForm } from '@/components/users/user-scope-form';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { pageContext } from '@/lib/auth/page-context';
import { getUser } from '@/lib/queries/get-user';
import { listGroups } from '@/lib/queries/list-groups';

export const dynamic = 'force-dynamic';

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { viewer, t }] = await Promise.all([params, pageContext('admin')]);
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
      <section aria-labelledby="role-heading">
        <h2 id="role-heading">{t('users.role')}</h2>
        <UserRoleForm
          userId={user.id}
          role={user.role}
          labels={{ ...shared, role: t('users.role'), roles: roleLabels(t), note: t('users.roleNote') }}
        />
      </section>
      <section aria-labelledby="scope-heading">
        <h2 id="scope-heading">{t('users.scopeHeading')}</h2>
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
      </section>
      <section aria-labelledby="access-heading">
        <h2 id="access-heading">{t('users.accessHeading')}</h2>
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
      </section>
    </>
  );
}
