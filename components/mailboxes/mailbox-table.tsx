import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { MailboxAccountRow } from '@/lib/queries/mailbox-account-row';
import { MailboxRowActions } from './mailbox-row-actions';

interface Props {
  accounts: MailboxAccountRow[];
  locale: Locale;
  t: Translate;
}

function lastPull(account: MailboxAccountRow, locale: Locale, t: Translate): string {
  if (!account.lastPullAt) return t('common.never');
  const time = formatDateTime(account.lastPullAt, locale);
  if (account.lastPullStatus === 'error')
    return t('mailboxes.lastPull.error', { time, error: account.lastPullError ?? '' });
  return t('mailboxes.lastPull.ok', {
    time,
    processed: String(account.lastPullProcessed ?? 0),
    invalid: String(account.lastPullInvalid ?? 0),
  });
}

/** Every mailbox with where it reads, what for, and how its last pull went (errors in words). */
export function MailboxTable({ accounts, locale, t }: Props) {
  if (accounts.length === 0) return <p className="empty">{t('mailboxes.empty')}</p>;
  return (
    <table data-testid="mailboxes">
      <caption className="visually-hidden">{t('mailboxes.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.name')}</th>
          <th scope="col">{t('mailboxes.purpose')}</th>
          <th scope="col">{t('mailboxes.host')}</th>
          <th scope="col">{t('mailboxes.folder')}</th>
          <th scope="col">{t('mailboxes.interval')}</th>
          <th scope="col">{t('mailboxes.lastPull')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id}>
            <th scope="row">
              {account.name}{' '}
              <span className="muted">
                ({t(account.enabled ? 'mailboxes.enabled' : 'mailboxes.disabled')})
              </span>
            </th>
            <td>
              {t(`mailboxes.purpose.${account.purpose}`)}
              {account.mailSourceName && ` → ${account.mailSourceName}`}
            </td>
            <td>
              <code>
                {account.username}@{account.host}:{account.port}
              </code>{' '}
              ({t(`mailboxes.tlsMode.${account.tlsMode}`)})
            </td>
            <td>
              {account.folder} → {account.processedFolder} / {account.invalidFolder}
            </td>
            <td>{account.intervalMinutes}</td>
            <td className={account.lastPullStatus === 'error' ? 'error' : undefined}>
              {lastPull(account, locale, t)}
            </td>
            <td>
              <MailboxRowActions
                id={account.id}
                enabled={account.enabled}
                labels={{
                  test: t('mailboxes.test'),
                  testOk: t('mailboxes.test.ok', { messages: '{messages}' }),
                  testFailed: t('mailboxes.test.failed', { error: '{error}' }),
                  enable: t('mailboxes.enable'),
                  disable: t('mailboxes.disable'),
                  delete: t('mailboxes.delete'),
                  deleteConfirm: t('mailboxes.deleteConfirm', { name: account.name }),
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
