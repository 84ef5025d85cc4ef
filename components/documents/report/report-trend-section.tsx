import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { TrendLegend, TrendSvgChart } from './trend-svg-chart';

interface Props {
  report: AdoptionReport;
  names: string[];
  t: Translate;
}

/**
 * A bucket's first day, short enough for a small chart's axis: "Jun 26" / "2026/6" for months,
 * "31 Aug" / "8/31" for days and weeks (a week is named by its Monday, as on the Overview).
 */
function axisLabel(bucket: string, granularity: 'day' | 'week' | 'month', language: 'en' | 'ja'): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === 'month'
      ? { year: language === 'ja' ? 'numeric' : '2-digit', month: language === 'ja' ? 'numeric' : 'short' }
      : { month: language === 'ja' ? 'numeric' : 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    ...options,
    timeZone: 'UTC',
  }).format(new Date(`${bucket}T00:00:00Z`));
}

/** The trend of every metric as small multiples: one chart per metric, one line per scope. */
export function ReportTrendSection({ report, names, t }: Props) {
  const { granularity, language } = report.selection;
  const buckets = [...new Set(report.trend.flatMap((s) => s.points.map((p) => p.bucket)))].sort();
  const labels = buckets.map((bucket) => axisLabel(bucket, granularity, language));
  return (
    <section className="report-trend">
      <h2>{t('report.trend')}</h2>
      {buckets.length === 0 ? (
        <p className="muted">{t('report.noData')}</p>
      ) : (
        <>
          <TrendLegend names={names} />
          <div className="chart-grid">
            {ADOPTION_METRICS.map((metric) => {
              const title = t(`metric.${metric}`);
              return (
                <TrendSvgChart
                  key={metric}
                  title={title}
                  labels={labels}
                  summary={t('overview.tableCaption', { metric: title })}
                  series={report.trend.map((s, i) => ({
                    name: names[i] ?? s.scope,
                    values: buckets.map(
                      (bucket) => s.points.find((p) => p.bucket === bucket)?.metrics[metric].percent ?? null,
                    ),
                  }))}
                />
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
