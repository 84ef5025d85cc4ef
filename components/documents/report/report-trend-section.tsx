import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { formatBucket } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import { pivotSeries } from '@/lib/queries/pivot-series';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { TrendLegend, TrendSvgChart } from './trend-svg-chart';

interface Props {
  report: AdoptionReport;
  names: string[];
  t: Translate;
}

/** The trend of every metric as small multiples: one chart per metric, one line per scope. */
export function ReportTrendSection({ report, names, t }: Props) {
  const { granularity, language } = report.selection;
  const rows = pivotSeries(report.trend);
  const labels = rows.map(({ bucket }) => formatBucket(bucket, granularity, language, 'axis'));
  return (
    <section className="report-trend">
      <h2>{t('report.trend')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('report.noData')}</p>
      ) : (
        <>
          <TrendLegend names={names} />
          <div className="chart-grid">
            {ADOPTION_METRICS.map((metric) => {
              const title = t(`metric.${metric}`);
              const series = report.trend.map((s, i) => ({
                name: names[i] ?? s.scope,
                values: rows.map(({ cells }) => cells[i]?.metrics[metric].percent ?? null),
              }));
              const measured = series.some((s) => s.values.some((v) => v !== null));
              return (
                <TrendSvgChart
                  key={metric}
                  title={measured ? title : `${title} (${t('metric.notMeasured')})`}
                  labels={labels}
                  summary={t('overview.tableCaption', { metric: title })}
                  series={series}
                />
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
