import Link from 'next/link';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { MailSourceRow } from '@/lib/queries/mail-source-row';

/** Every data source with its trusted ids and what has been read into it. */
export function MailSourceTable({
  sources,
  locale,
  t,
}: {
  sources: MailSourceRow[];
  locale: Locale;
  t: Translate;
}) {
  if (sources.length === 0) return <p className="empty">{t('mailSources.empty')}</p>;
  const number = (value: number) => formatNumber(value, locale);
  return (
    <table data-testid="mail-sources">
      <caption className="visually-hidden">{t('mailSources.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mailSources.name')}</th>
          <th scope="col">{t('mailSources.trusted')}</th>
          <th scope="col">{t('mailSources.receivedSpf')}</th>
          <th scope="col" className="num">
            {t('mailSources.counted')}
          </th>
          <th scope="col" className="num">
            {t('mailSources.untrusted')}
          </th>
          <th scope="col">{t('mailSources.lastIngest')}</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => (
          <tr key={source.id}>
            <th scope="row">
              <Link href={`/settings/mail-sources/${source.id}`}>{source.name}</Link>
              {source.description && <div className="muted">{source.description}</div>}
            </th>
            <td>
              <code>{source.trustedAuthservIds.join(', ')}</code>
            </td>
            <td>{source.useReceivedSpf ? '✓' : '—'}</td>
            <td className="num">{number(source.totals.counted)}</td>
            <td className="num">{number(source.totals.untrusted)}</td>
            <td>{source.lastIngestAt ? formatDateTime(source.lastIngestAt, locale) : t('common.never')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
