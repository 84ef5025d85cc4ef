import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import type { DmarcScopeSection } from '@/lib/reports/dmarc-report-section-schema';
import { scopeName } from '@/lib/reports/report-labels';
import { ReportDmarcSourcesTable } from './report-dmarc-sources-table';

/**
 * The report's DMARC aggregate reports, per scope: the headline figures, the reporting
 * organisations, the busiest and the unapproved sources, and the domains without reports. Names
 * and addresses from reports are attacker-controlled text; React escapes them in the page and PDF.
 */
export function ReportDmarcSection({ report, t }: { report: AdoptionReport; t: Translate }) {
  const section = report.dmarcReports;
  if (section === undefined) return null;
  return (
    <section data-testid="report-dmarc">
      <h2>{t('report.sheet.dmarcSummary')}</h2>
      <p className="muted">{t('report.dmarcNote')}</p>
      {section.scopes.map((scope) => (
        <ScopeDmarc key={scope.scope} report={report} scope={scope} t={t} />
      ))}
    </section>
  );
}

function ScopeDmarc({
  report,
  scope,
  t,
}: {
  report: AdoptionReport;
  scope: DmarcScopeSection;
  t: Translate;
}) {
  const { language } = report.selection;
  const number = (value: number) => formatNumber(value, language);
  const share = (part: number) =>
    formatPercent(scope.messages === 0 ? null : part / scope.messages, language);
  const shown = (count: number, total: number) =>
    count < total && ` (${t('report.changesShown', { shown: number(count), total: number(total) })})`;
  const figures: Array<[string, string]> = [
    [t('dmarcReports.reports'), number(scope.reports)],
    [t('report.dmarc.organisations'), number(scope.organisations)],
    [t('dmarcReports.messages'), number(scope.messages)],
    [t('dmarcReports.pass'), share(scope.dmarcPass)],
    [t('dmarcReports.spfAligned'), share(scope.spfAligned)],
    [t('dmarcReports.dkimAligned'), share(scope.dkimAligned)],
    [t('report.dmarc.unapprovedSources'), `${number(scope.unapprovedSources)} / ${number(scope.sources)}`],
    [t('report.dmarc.withoutReports'), number(scope.withoutReports.total)],
  ];
  return (
    <div data-testid={`report-dmarc-${scope.scope}`}>
      <h3>{scopeName(report, scope.scope, t)}</h3>
      {scope.reports === 0 && <p>{t('report.dmarc.noReports')}</p>}
      <dl className="report-facts">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {scope.reporters.length > 0 && (
        <table>
          <caption>
            {t('report.sheet.dmarcReporters')}
            {shown(scope.reporters.length, scope.organisations)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('report.dmarc.organisation')}</th>
              <th scope="col" className="num">
                {t('dmarcReports.reports')}
              </th>
              <th scope="col" className="num">
                {t('dmarcReports.messages')}
              </th>
            </tr>
          </thead>
          <tbody>
            {scope.reporters.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td className="num">{number(r.reports)}</td>
                <td className="num">{number(r.messages)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ReportDmarcSourcesTable
        caption={`${t('report.sheet.dmarcSources')}${shown(scope.topSources.length, scope.sources) || ''}`}
        sources={scope.topSources}
        language={language}
        t={t}
        testId={`report-dmarc-sources-${scope.scope}`}
      />
      <ReportDmarcSourcesTable
        caption={`${t('report.sheet.dmarcUnapproved')}${shown(scope.unapproved.length, scope.unapprovedSources) || ''}`}
        sources={scope.unapproved}
        language={language}
        t={t}
        testId={`report-dmarc-unapproved-${scope.scope}`}
      />
      {scope.withoutReports.total > 0 && (
        <p>
          <strong>
            {t('report.sheet.dmarcWithoutReports')}
            {shown(scope.withoutReports.domains.length, scope.withoutReports.total)}:
          </strong>{' '}
          {scope.withoutReports.domains.join(language === 'ja' ? '、' : ', ')}
        </p>
      )}
    </div>
  );
}
