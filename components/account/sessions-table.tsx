import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { OwnSessionRow } from '@/lib/queries/list-own-sessions';
import { EndSessionButton } from './end-session-button';

interface Props {
  sessions: OwnSessionRow[];
  locale: Locale;
  t: Translate;
}

/** The user's signed-in browsers; each but this one can be signed out from here. */
export function SessionsTable({ sessions, locale, t }: Props) {
  const time = (date: Date) => formatDateTime(date, locale);
  return (
    <table data-testid="sessions">
      <caption className="visually-hidden">{t('account.sessions')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('account.browser')}</th>
          <th scope="col">{t('account.address')}</th>
          <th scope="col">{t('account.signedIn')}</th>
          <th scope="col">{t('account.lastSeen')}</th>
          <th scope="col">{t('account.expires')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id}>
            <th scope="row" className="small">
              {session.userAgent ?? t('account.unknown')}
            </th>
            <td>{session.clientAddress ?? t('account.unknown')}</td>
            <td>{time(session.createdAt)}</td>
            <td>{time(session.lastSeenAt)}</td>
            <td>{time(session.expiresAt)}</td>
            <td>
              {session.current ? (
                <strong>{t('account.thisBrowser')}</strong>
              ) : (
                <EndSessionButton
                  sessionId={session.id}
                  labels={{
                    end: t('account.endSession'),
                    label: t('account.endSessionLabel', { time: time(session.createdAt) }),
                  }}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
