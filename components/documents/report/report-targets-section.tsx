import { targetTitle } from '@/components/targets/target-texts';
import { TargetsTableHead } from '@/components/targets/targets-table-head';
import { formatBucket, formatPercent } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { scopeName } from '@/lib/reports/report-labels';
import { TrendLegend, TrendSvgChart } from './trend-svg-chart';

/**
 * The report's targets, as of its period end: per target the level, deadline, actual against
 * trajectory, status and days left, with a small static chart of the two lines (no script in a PDF).
 */
export function ReportTargetsSection({ report, t }: { report: AdoptionReport; t: Translate }) {
  const section = report.targets;
  if (section === undefined || section.targets.length === 0) return null;
  const { language } = report.selection;
  const percent = (value: number | null | undefined) =>
    formatPercent(value == null ? null : value / 100, language);
  const lines = [t('targets.actual'), t('targets.expected')];
  return (
    <section data-testid="report-targets">
      <h2>{t('targets.heading')}</h2>
      <p className="muted">{t('targets.report.note')}</p>
      <table>
        <TargetsTableHead t={t} />
        <tbody>
          {section.targets.map((target) => (
            <tr key={target.id}>
              <td>{scopeName(report, target.scope, t)}</td>
              <th scope="row">{targetTitle(target, language, t)}</th>
              <td className="num">{percent(target.actual?.percent)}</td>
              <td className="num">{percent(target.expected)}</td>
              <td>{t(`targets.status.${target.status}`)}</td>
              <td className="num">{Math.max(0, target.daysLeft)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TrendLegend names={lines} />
      <div className="chart-grid">
        {section.targets.map((target) => (
          <TrendSvgChart
            key={target.id}
            title={`${scopeName(report, target.scope, t)}: ${target.label}`}
            labels={target.chart.map((row) => formatBucket(row.day, 'day', language, 'axis'))}
            series={[
              { name: lines[0] ?? '', values: target.chart.map((row) => row.actual) },
              { name: lines[1] ?? '', values: target.chart.map((row) => row.expected) },
            ]}
            summary={t('targets.chartSummary', { target: target.label })}
          />
        ))}
      </div>
    </section>
  );
}
