import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DmarcRefusedInputRow } from '@/lib/queries/list-dmarc-refused-inputs';

/** The Invalid list: what was refused and why; never the input's content. */
export function DmarcInvalidTable({
  rows,
  locale,
  t,
}: {
  rows: DmarcRefusedInputRow[];
  locale: Locale;
  t: Translate;
}) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('dmarcReports.invalid.at')}</th>
          <th scope="col">{t('dmarcReports.invalid.file')}</th>
          <th scope="col">{t('dmarcReports.invalid.reason')}</th>
          <th scope="col">{t('dmarcReports.invalid.size')}</th>
          <th scope="col">{t('dmarcReports.invalid.route')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{formatDateTime(row.receivedAt, locale, 'minutes')}</td>
            <td>{row.fileName}</td>
            <td>{row.reason}</td>
            <td>{formatNumber(row.sizeBytes, locale)}</td>
            <td>{row.route}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
