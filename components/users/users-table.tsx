import Link from 'next/link';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { UserRow } from '@/lib/queries/user-row';

interface Props {
  users: UserRow[];
  selfId: string;
  locale: Locale;
  t: Translate;
  now: Date;
}

function statusText(user: UserRow, t: Translate, now: Date): string {
  if (user.status === 'invited' && (!user.linkExpiresAt || user.linkExpiresAt <= now))
    return t('users.invitationExpired');
  return t(`users.status.${user.status}`);
}

/** Every account with its role, group scope and status; each links to its management page. */
export function UsersTable({ users, selfId, locale, t, now }: Props) {
  return (
    <table data-testid="users">
      <caption className="visually-hidden">{t('users.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('login.email')}</th>
          <th scope="col">{t('account.name')}</th>
          <th scope="col">{t('users.role')}</th>
          <th scope="col">{t('users.scope')}</th>
          <th scope="col">{t('users.status')}</th>
          <th scope="col">{t('mfa.status')}</th>
          <th scope="col">{t('users.lastLogin')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">
              {user.email} {user.id === selfId && <span className="muted">{t('users.you')}</span>}
            </th>
            <td>{user.name ?? ''}</td>
            <td>{t(`nav.role.${user.role}`)}</td>
            <td>{user.groups.length ? user.groups.map((g) => g.name).join(', ') : t('users.scope.all')}</td>
            <td>{statusText(user, t, now)}</td>
            <td>{t(user.mfa ? 'mfa.status.on' : 'mfa.status.off')}</td>
            <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('common.never')}</td>
            <td>
              <Link
                href={`/settings/users/${user.id}`}
                aria-label={t('users.editLabel', { email: user.email })}
              >
                {t('users.edit')}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
