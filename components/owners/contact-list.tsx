import { removeGroupContactAction } from '@/lib/actions/remove-group-contact';
import type { Translate } from '@/lib/i18n/translate';
import type { GroupOwners } from '@/lib/queries/get-group-owners';

interface Props {
  groupId: string;
  contacts: GroupOwners['contacts'];
  editable: boolean;
  t: Translate;
}

/** A group's owners and contacts, each removable by editors. */
export function ContactList({ groupId, contacts, editable, t }: Props) {
  if (contacts.length === 0) return <p className="empty">{t('owners.noContacts')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('owners.name')}</th>
          <th scope="col">{t('owners.email')}</th>
          <th scope="col">{t('owners.language')}</th>
          <th scope="col">{t('owners.role')}</th>
          {editable && <th scope="col" />}
        </tr>
      </thead>
      <tbody>
        {contacts.map((c) => (
          <tr key={c.id}>
            <td>{c.name}</td>
            <td>{c.email}</td>
            <td>{t(`owners.language.${c.language}`)}</td>
            <td>{c.role}</td>
            {editable && (
              <td>
                <form action={removeGroupContactAction.bind(null, groupId, c.id)}>
                  <button type="submit" aria-label={`${t('owners.remove')} ${c.email}`}>
                    {t('owners.remove')}
                  </button>
                </form>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
