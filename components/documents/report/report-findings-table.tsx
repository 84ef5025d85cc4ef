import { formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';

interface Props {
  report: AdoptionReport;
  names: string[];
  t: Translate;
}

/** The most common findings at the period end, with how many domains of each scope have them. */
export function ReportFindingsTable({ report, names, t }: Props) {
  const { language } = report.selection;
  const { rows, withResult } = report.findings;
  const counts = report.scopes
    .map((s, i) => `${names[i]}: ${formatNumber(withResult[s.scope] ?? 0, language)}`)
    .join(' / ');
  return (
    <section>
      <h2>{t('report.findings')}</h2>
      <p className="muted">{t('report.findingsNote', { counts })}</p>
      {rows.length === 0 ? (
        <p>{t('report.noFindings')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.findingTitle')}</th>
              <th scope="col">{t('report.severity')}</th>
              {names.map((name) => (
                <th key={name} scope="col" className="num">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.findingId} data-finding={row.findingId}>
                <th scope="row">
                  {row.title[language]}
                  <br />
                  <code className="muted">{row.findingId}</code>
                </th>
                <td className={`severity-${row.severity}`}>{t(`severity.${row.severity}`)}</td>
                {report.scopes.map((s) => (
                  <td key={s.scope} className="num">
                    {formatNumber(row.domains[s.scope] ?? 0, language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
