import { GradeBadge } from '@/components/grade-badge';
import { computeGrade } from '@/lib/findings/compute-grade';
import { findingDefinition } from '@/lib/findings/finding-definition';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';

/** The grade with the findings that produced it and the rule, so nobody has to guess why. */
export function GradePanel({
  report,
  locale,
  t,
}: {
  report: ScorecardReport | null;
  locale: Locale;
  t: Translate;
}) {
  const result = report ? computeGrade(report.findings) : null;
  return (
    <section className="panel grade-panel" aria-labelledby="grade-heading">
      <h2 id="grade-heading" className="visually-hidden">
        {t('domain.grade')}
      </h2>
      <GradeBadge grade={result?.grade ?? null} label={t('domain.grade')} large />
      <div>
        <p className="grade-title" data-testid="grade">
          {t('domain.grade')}: {result?.grade ?? t('domain.gradeNone')}
        </p>
        {result && (
          <>
            <h3 className="small-heading">{t('domain.gradeReasons')}</h3>
            {result.reasons.length === 0 ? (
              <p>{t('domain.gradePerfect')}</p>
            ) : (
              <ul className="reasons">
                {result.reasons.map((reason) => (
                  <li key={reason.id}>
                    <span className={`badge ${reason.severity}`}>
                      {t(reason.severity === 'error' ? 'severity.error' : 'severity.warning')}
                    </span>{' '}
                    {findingDefinition(reason.id)?.title[locale] ?? reason.id}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <p className="muted small">{t('domain.gradeRule')}</p>
      </div>
    </section>
  );
}
