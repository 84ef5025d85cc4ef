import Link from 'next/link';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { ReportListItem } from '@/lib/reports/list-reports';

interface Props {
  items: ReportListItem[];
  nameOf: (scope: string) => string;
  locale: Locale;
  t: Translate;
}

/** Stored reports: title (opens it), period, groups, domains counted, when it was made. */
export function ReportListTable({ items, nameOf, locale, t }: Props) {
  return (
    <table data-testid="report-list">
      <caption className="visually-hidden">{t('reports.list')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.titleLabel')}</th>
          <th scope="col">{t('report.period')}</th>
          <th scope="col">{t('report.scopes')}</th>
          <th scope="col">{t('overview.view')}</th>
          <th scope="col">{t('reports.created')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <Link href={`/reports/${item.id}`}>{item.title}</Link>
            </th>
            <td>{t('report.periodValue', { from: item.from, to: item.to })}</td>
            <td>{item.scopes.map(nameOf).join(' / ')}</td>
            <td>{t(`overview.view.${item.view}`)}</td>
            <td>{formatDateTime(item.createdAt, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
