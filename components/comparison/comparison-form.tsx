import type { Translate } from '@/lib/i18n/translate';

export interface StoredReportDay {
  id: string;
  title: string;
  to: string;
}

interface Props {
  from: string;
  to: string;
  reports: StoredReportDay[];
  t: Translate;
}

/**
 * The two days, as a plain GET form (the comparison is a page anyone can bookmark or send), and the
 * same by picking two stored reports of the group: their last days are what is compared.
 */
export function ComparisonForm({ from, to, reports, t }: Props) {
  return (
    <div className="panel">
      <form method="get" className="filters" data-testid="comparison-form">
        <label>
          {t('comparison.from')} <input type="date" name="from" defaultValue={from} required />
        </label>
        <label>
          {t('comparison.to')} <input type="date" name="to" defaultValue={to} required />
        </label>
        <button type="submit">{t('comparison.submit')}</button>
      </form>
      {reports.length >= 2 && (
        <form method="get" className="filters" data-testid="comparison-reports-form">
          <p>{t('comparison.fromReports')}</p>
          {(['from', 'to'] as const).map((name, i) => (
            <label key={name}>
              {t(`comparison.${name}`)}{' '}
              <select name={name} defaultValue={reports[i === 0 ? 1 : 0]?.to}>
                {reports.map((report) => (
                  <option key={report.id} value={report.to}>
                    {t('comparison.reportOption', { title: report.title, day: report.to })}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit">{t('comparison.submit')}</button>
        </form>
      )}
    </div>
  );
}
