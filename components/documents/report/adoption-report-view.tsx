import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { formatPercent } from '@/lib/i18n/format';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { reportFacts, reportTranslator, scopeName } from '@/lib/reports/report-labels';
import { ReportChangesTable } from './report-changes-table';
import { ReportComplianceSection } from './report-compliance-section';
import { ReportDmarcSection } from './report-dmarc-section';
import { ReportFindingsTable } from './report-findings-table';
import { ReportReceivedMailSection } from './report-received-mail-section';
import { ReportSummaryTable } from './report-summary-table';
import { ReportTargetsSection } from './report-targets-section';
import { ReportTrendSection } from './report-trend-section';

/**
 * A stored report in its own language, as the PDF prints it and the app shows it: the facts and
 * definitions, each scope's metrics at the period end, the trend, the scopes side by side, the
 * most common findings and the domains that regressed or improved. Server-only, no interactivity.
 */
export function AdoptionReportView({ report }: { report: AdoptionReport }) {
  const t = reportTranslator(report);
  const { language } = report.selection;
  const names = report.scopes.map((s) => scopeName(report, s.scope, t));
  const facts = reportFacts(report, t);
  return (
    <article className="kensa-report" lang={language}>
      <h1>{report.title}</h1>
      <dl className="report-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="report-definitions">{t('report.definitions')}</p>
      <section>
        <h2>{t('report.summary')}</h2>
        {report.scopes.map((summary, i) =>
          summary.day === null ? (
            <p key={summary.scope}>
              {names[i]}: {t('report.noData')}
            </p>
          ) : (
            <ReportSummaryTable
              key={summary.scope}
              summary={summary}
              name={names[i] ?? summary.scope}
              language={language}
              t={t}
            />
          ),
        )}
      </section>
      <ReportTrendSection report={report} names={names} t={t} />
      <ReportTargetsSection report={report} t={t} />
      <section>
        <h2>{t('report.groupsCompared')}</h2>
        <table data-testid="report-groups">
          <thead>
            <tr>
              <th scope="col">{t('report.metric')}</th>
              {names.map((name) => (
                <th key={name} scope="col" className="num">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ADOPTION_METRICS.map((metric) => (
              <tr key={metric}>
                <th scope="row">{t(`metric.${metric}`)}</th>
                {report.scopes.map((s) => {
                  const percent = s.metrics[metric].current?.percent ?? null;
                  return (
                    <td key={s.scope} className="num">
                      {formatPercent(percent === null ? null : percent / 100, language)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ReportFindingsTable report={report} names={names} t={t} />
      <p className="muted">{t('report.changesNote')}</p>
      <ReportChangesTable report={report} kind="regressed" list={report.changes.regressed} t={t} />
      <ReportChangesTable report={report} kind="improved" list={report.changes.improved} t={t} />
      <ReportReceivedMailSection report={report} t={t} />
      <ReportDmarcSection report={report} t={t} />
      <ReportComplianceSection report={report} t={t} />
    </article>
  );
}
