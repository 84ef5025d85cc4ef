import type { RequirementStatus } from '@/lib/compliance/profile-schema';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DomainProfileStatus } from '@/lib/queries/get-domain-compliance';
import { ScorecardSection } from './scorecard-section';

interface Props {
  profiles: DomainProfileStatus[];
  locale: Locale;
  t: Translate;
}

const MARK: Record<RequirementStatus, string> = {
  compliant: '✓',
  not_compliant: '✗',
  unknown: '?',
  not_applicable: '–',
  exempted: '§',
};

/** The scorecard's compliance section: per followed profile, each requirement's status and text. */
export function CompliancePanel({ profiles, locale, t }: Props) {
  if (profiles.length === 0) return null;
  const status = (s: RequirementStatus) => `${MARK[s]} ${t(`compliance.status.${s}`)}`;
  return (
    <ScorecardSection id="compliance" title={t('compliance.scorecardHeading')}>
      <p className="muted small">{t('compliance.scorecardHelp')}</p>
      {profiles.map((p) => (
        <article key={p.profileId} className="panel" data-profile={p.profileId}>
          <h3>
            {p.definition.name[locale]}: <span data-testid="profile-status">{status(p.status)}</span>
          </h3>
          <table>
            <tbody>
              {p.definition.requirements.map((r) => (
                <tr key={r.id} data-requirement={r.id}>
                  <th scope="row">
                    {r.title[locale]}
                    <div className="muted small">
                      {r.explanation[locale]} ({r.source})
                    </div>
                  </th>
                  <td>{t(`compliance.level.${r.level}`)}</td>
                  <td>{status(p.requirements[r.id] ?? 'unknown')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </ScorecardSection>
  );
}
