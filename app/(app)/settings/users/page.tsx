import { InviteUserForm } from '@/components/users/invite-user-form';
import { mailLabels, roleLabels } from '@/components/users/user-change-labels';
import { UsersTable } from '@/components/users/users-table';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { pageContext } from '@/lib/auth/page-context';
import { listUsers } from '@/lib/queries/list-users';

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
  const users = await listUsers(viewer);
  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="intro">{t('users.intro')}</p>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('users.invite')}</h2>
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
      </section>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t('users.caption')}</h2>
        <UsersTable users={users} selfId={user.id} locale={locale} t={t} now={new Date()} />
      </section>
    </>
  );
}
