import { findingDefinition } from '@/lib/findings/finding-definition';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';

type Finding = ScorecardReport['findings'][number];

const ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** The evidence of a finding as one line of "key: value" pairs, cut at 600 characters. */
export function evidenceText(evidence: Record<string, unknown>): string {
  return Object.entries(evidence)
    .filter(([, value]) => value !== null && value !== '')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join(' · ')
    .slice(0, 600);
}

/** Every finding with its RFC reference, and the catalog's explanation and remediation in the reader's language. */
export function FindingList({ findings, locale, t }: { findings: Finding[]; locale: Locale; t: Translate }) {
  if (findings.length === 0) return <p>{t('domain.noFindings')}</p>;
  const sorted = [...findings].sort((a, b) => (ORDER[a.severity] ?? 3) - (ORDER[b.severity] ?? 3));
  return (
    <ul className="findings">
      {sorted.map((finding, index) => {
        const definition = findingDefinition(finding.id);
        const severity =
          (['error', 'warning', 'info'] as const).find((s) => s === finding.severity) ?? 'info';
        const evidence = evidenceText(finding.evidence);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: one id may be reported twice with different evidence
          <li key={`${finding.id}-${index}`} className={`finding finding-${severity}`}>
            <h3>
              <span className={`badge ${severity}`}>{t(`severity.${severity}`)}</span>{' '}
              {definition ? definition.title[locale] : finding.message}{' '}
              <code className="muted">{finding.id}</code>
            </h3>
            <p className="muted">{finding.rfc || definition?.rfc}</p>
            {evidence && (
              <p>
                <strong>{t('domain.evidence')}:</strong> <span className="evidence">{evidence}</span>
              </p>
            )}
            {definition && (
              <details>
                <summary>
                  {t('domain.explanation')} / {t('domain.remediation')}
                </summary>
                <p>{definition.explanation[locale]}</p>
                <p>
                  <strong>{t('domain.remediation')}:</strong> {definition.remediation[locale]}
                </p>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
