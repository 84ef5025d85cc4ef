import type { Locale } from '@/lib/i18n/messages';
import {
  comparisonFacts,
  comparisonLabels,
  comparisonTitle,
} from '@/lib/reports/comparison/comparison-labels';
import type { GroupComparison } from '@/lib/reports/comparison/group-comparison-schema';
import { ComparisonDomainsSection } from './comparison-domains-section';
import { ComparisonFiguresTable } from './comparison-figures-table';

/**
 * A group compared on two days, as the page shows it and the PDF prints it: the facts and how the
 * figures are counted, every adoption metric and every requirement of the group's profiles then
 * and now with the change in points, and the domains that changed. Server-only, no interactivity.
 */
export function ComparisonView({ comparison, language }: { comparison: GroupComparison; language: Locale }) {
  const labels = comparisonLabels(language);
  const { t } = labels;
  return (
    <article className="kensa-report" lang={language}>
      <h1>{comparisonTitle(comparison, labels)}</h1>
      <dl className="report-facts">
        {comparisonFacts(comparison, labels).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="report-definitions">{t('comparison.definitions')}</p>
      <section>
        <h2>{t('comparison.adoption')}</h2>
        <ComparisonFiguresTable
          caption={t('comparison.adoption')}
          heading={t('comparison.metric')}
          testId="comparison-metrics"
          labels={labels}
          rows={comparison.metrics.map((row) => ({
            ...row,
            key: row.metric,
            label: t(`metric.${row.metric}`),
          }))}
        />
      </section>
      <section>
        <h2>{t('compliance.title')}</h2>
        {comparison.profiles.length === 0 && <p>{t('comparison.noProfiles')}</p>}
        {comparison.profiles.map((profile) => (
          <ComparisonFiguresTable
            key={profile.profileId}
            caption={profile.name[language]}
            heading={t('comparison.requirement')}
            testId="comparison-profile"
            labels={labels}
            rows={profile.requirements.map((row) => ({
              ...row,
              key: row.requirement,
              label: row.requirement === '' ? t('comparison.wholeProfile') : row.title[language],
              level: row.level === null ? '' : t(`compliance.level.${row.level}`),
            }))}
          />
        ))}
      </section>
      <ComparisonDomainsSection comparison={comparison} labels={labels} />
    </article>
  );
}
