import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { formatNumber, formatPoints } from '@/lib/i18n/format';
import { formatAdoptionPercent } from '@/lib/i18n/format-adoption-percent';
import type { Translate } from '@/lib/i18n/translate';
import type { ScopeSummary } from '@/lib/reports/adoption-report-schema';

interface Props {
  summary: ScopeSummary;
  name: string;
  language: 'en' | 'ja';
  t: Translate;
}

/** One scope's metrics at the period end: percent, adopted / known, unknown, and both changes. */
export function ReportSummaryTable({ summary, name, language, t }: Props) {
  const since = summary.baselineDay ?? '—';
  return (
    <table data-scope={summary.scope} className="report-summary">
      <caption>
        {name}
        {summary.day && <span className="muted"> · {t('report.asOf', { day: summary.day })}</span>}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('report.metric')}</th>
          <th scope="col" className="num">
            {t('report.percent')}
          </th>
          <th scope="col" className="num">
            {t('report.adopted')} / {t('report.known')}
          </th>
          <th scope="col" className="num">
            {t('report.unknown')}
          </th>
          <th scope="col" className="num">
            {t('report.changeStart', { day: since })}
          </th>
          <th scope="col" className="num">
            {t('report.changePrevious')}
          </th>
        </tr>
      </thead>
      <tbody>
        {ADOPTION_METRICS.map((metric) => {
          const figure = summary.metrics[metric];
          const current = figure.current;
          return (
            <tr key={metric} data-metric={metric}>
              <th scope="row">{t(`metric.${metric}`)}</th>
              <td className="num" data-testid="report-percent">
                {formatAdoptionPercent(current, language, t)}
              </td>
              <td className="num" data-testid="report-counts">
                {current
                  ? `${formatNumber(current.adopted, language)} / ${formatNumber(current.known, language)}`
                  : '—'}
              </td>
              <td className="num">{current ? formatNumber(current.unknown, language) : '—'}</td>
              <td className="num" data-testid="report-change">
                {formatPoints(figure.changePoints, language)}
              </td>
              <td className="num" data-testid="report-change-previous">
                {formatPoints(figure.previousChangePoints, language)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
