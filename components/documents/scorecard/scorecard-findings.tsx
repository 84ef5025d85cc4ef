import { evidenceText } from '@/components/scorecard/finding-list';
import type { SectionProps } from './scorecard-sections';

/** Every finding written out: the page folds explanation and remediation, paper cannot. */
export function FindingsSection({ data, t }: SectionProps) {
  return (
    <section>
      <h2>{t('domain.findings')}</h2>
      {data.findings.length === 0 && <p>{t('domain.noFindings')}</p>}
      {data.findings.map((finding, i) => {
        const evidence = evidenceText(finding.evidence);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: one id may be reported twice with different evidence
          <div key={i} className={`finding ${finding.severity}`}>
            <h3>
              <span className={`badge ${finding.severity}`}>{t(`severity.${finding.severity}`)}</span>
              {finding.title} <code className="muted">{finding.id}</code>
            </h3>
            <p className="muted">
              {t('exports.rfc')}: {finding.rfc}
            </p>
            {evidence && (
              <p>
                <strong>{t('domain.evidence')}:</strong> {evidence}
              </p>
            )}
            {finding.explanation && <p>{finding.explanation}</p>}
            {finding.remediation && (
              <p>
                <strong>{t('domain.remediation')}:</strong> {finding.remediation}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
