import Link from 'next/link';
import { GroupForm } from '@/components/groups/group-form';
import { scheduleText } from '@/components/groups/schedule-text';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { formatNumber } from '@/lib/i18n/format';
import { listGroups } from '@/lib/queries/list-groups';

export const dynamic = 'force-dynamic';

export default async function GroupsPage() {
  const { user, viewer, locale, t } = await pageContext();
  const groups = await listGroups(viewer);
  const admin = hasRole(user.role, 'editor');
  return (
    <>
      <h1>{t('groups.title')}</h1>
      {groups.length === 0 ? (
        <p className="empty">{t('groups.empty')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('groups.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('common.description')}</th>
              <th scope="col" className="num">
                {t('groups.members')}
              </th>
              <th scope="col">{t('groups.schedule')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.id}>
                <th scope="row">
                  <Link href={`/groups/${group.id}`}>{group.name}</Link>
                </th>
                <td>{group.description}</td>
                <td className="num">
                  <Link href={`/?group=${group.id}`}>{formatNumber(group.members, locale)}</Link>
                </td>
                <td>{scheduleText(group, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {admin && (
        <section aria-labelledby="create-heading">
          <h2 id="create-heading">{t('groups.create')}</h2>
          <GroupForm
            labels={{
              name: t('common.name'),
              description: t('common.description'),
              submit: t('groups.create'),
              saved: t('common.saved'),
              nameTaken: t('groups.nameTaken'),
              invalid: t('groups.invalid'),
            }}
          />
        </section>
      )}
    </>
  );
}
