import { formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport, DomainChangeList } from '@/lib/reports/adoption-report-schema';
import { scopeName } from '@/lib/reports/report-labels';

interface Props {
  report: AdoptionReport;
  kind: 'regressed' | 'improved';
  list: DomainChangeList;
  t: Translate;
}

/** Domains whose metrics changed over the period: which were lost (regressed) or gained (improved). */
export function ReportChangesTable({ report, kind, list, t }: Props) {
  const { language } = report.selection;
  const separator = language === 'ja' ? '、' : ', ';
  return (
    <section data-testid={`report-${kind}`}>
      <h2>
        {t(`report.${kind}`)} <span className="muted">({formatNumber(list.total, language)})</span>
      </h2>
      {list.total > list.rows.length && (
        <p className="muted">
          {t('report.changesShown', {
            shown: formatNumber(list.rows.length, language),
            total: formatNumber(list.total, language),
          })}
        </p>
      )}
      {list.rows.length === 0 ? (
        <p>{t('report.noChanges')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.domain')}</th>
              <th scope="col">{t('report.scopes')}</th>
              <th scope="col">{t(kind === 'regressed' ? 'report.lost' : 'report.gained')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.domain}>
                <th scope="row">{row.domain}</th>
                <td>{row.scopes.map((s) => scopeName(report, s, t)).join(' / ')}</td>
                <td>{row.metrics.map((m) => t(`metric.${m}`)).join(separator)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
