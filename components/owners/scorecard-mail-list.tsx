import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { GroupOwners } from '@/lib/queries/get-group-owners';

interface Props {
  mails: GroupOwners['mails'];
  locale: Locale;
  t: Translate;
}

/** The group's latest scorecard mails with how their delivery went. */
export function ScorecardMailList({ mails, locale, t }: Props) {
  return (
    <>
      <h3>{t('owners.mails')}</h3>
      {mails.length === 0 ? (
        <p className="empty">{t('owners.noMails')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('owners.period')}</th>
              <th scope="col">{t('owners.language')}</th>
              <th scope="col">{t('alerts.status')}</th>
              <th scope="col">{t('owners.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((m) => (
              <tr key={m.id}>
                <td>{m.period}</td>
                <td>{m.language}</td>
                <td title={m.lastError ?? undefined}>
                  {t(`alerts.status.${m.status}`)}
                  {m.sentAt && ` (${formatDateTime(m.sentAt, locale, 'minutes')})`}
                </td>
                <td>{m.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
