import { formatNumber } from '@/lib/i18n/format';
import { type ComparisonLabels, changeLabels } from '@/lib/reports/comparison/comparison-labels';
import { DOMAIN_CHANGE_KINDS, type GroupComparison } from '@/lib/reports/comparison/group-comparison-schema';

/** The domains that improved, regressed, joined or left: the four counts, then each list. */
export function ComparisonDomainsSection({
  comparison,
  labels,
}: {
  comparison: GroupComparison;
  labels: ComparisonLabels;
}) {
  const { t, language } = labels;
  const separator = language === 'ja' ? '、' : ', ';
  return (
    <section>
      <h2>{t('comparison.domainsHeading')}</h2>
      <dl className="report-facts" data-testid="comparison-counts">
        {DOMAIN_CHANGE_KINDS.map((kind) => (
          <div key={kind}>
            <dt>{t(`comparison.kind.${kind}`)}</dt>
            <dd data-testid={`count-${kind}`}>{formatNumber(comparison.domains[kind].total, language)}</dd>
          </div>
        ))}
      </dl>
      {DOMAIN_CHANGE_KINDS.map((kind) => {
        const list = comparison.domains[kind];
        const what = kind === 'improved' || kind === 'regressed';
        return (
          <section key={kind} data-testid={`comparison-${kind}`}>
            <h3>
              {t(`comparison.kind.${kind}`)}{' '}
              <span className="muted">({formatNumber(list.total, language)})</span>
            </h3>
            {list.total > list.rows.length && (
              <p className="muted">
                {t('comparison.shown', {
                  shown: formatNumber(list.rows.length, language),
                  total: formatNumber(list.total, language),
                })}
              </p>
            )}
            {list.rows.length === 0 ? (
              <p>{t('comparison.noDomains')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('comparison.domain')}</th>
                    {what && <th scope="col">{t('comparison.what')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{row.unicode}</th>
                      {what && <td>{changeLabels(comparison, row, labels).join(separator)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </section>
  );
}
