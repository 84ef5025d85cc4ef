import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { MailIngestRow } from '@/lib/queries/list-mail-ingests';

const COUNTS = ['counted', 'untrusted', 'duplicates', 'malformed'] as const;

/** A source's uploads, files and pulls, newest first, with what each added. */
export function IngestHistoryTable({
  ingests,
  locale,
  t,
}: {
  ingests: MailIngestRow[];
  locale: Locale;
  t: Translate;
}) {
  if (ingests.length === 0) return <p className="empty">{t('mailSources.historyEmpty')}</p>;
  return (
    <table data-testid="ingest-history">
      <caption className="visually-hidden">{t('mailSources.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mailSources.at')}</th>
          <th scope="col">{t('mailSources.label')}</th>
          {COUNTS.map((key) => (
            <th key={key} scope="col" className="num">
              {t(`mailSources.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ingests.map((ingest) => (
          <tr key={ingest.id}>
            <td>{formatDateTime(ingest.createdAt, locale)}</td>
            <th scope="row">{ingest.label}</th>
            {COUNTS.map((key) => (
              <td key={key} className="num">
                {formatNumber(ingest[key], locale)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
