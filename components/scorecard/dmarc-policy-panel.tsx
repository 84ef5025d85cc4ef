import type { Translate } from '@/lib/i18n/translate';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';
import { dmarcPolicyWords } from './dmarc-policy-words';
import { ScorecardSection } from './scorecard-section';

/** The DMARC policy in plain words: what receivers are asked to do with mail that fails. */
export function DmarcPolicyPanel({ dmarc, t }: { dmarc: ScorecardReport['dmarc']; t: Translate }) {
  return (
    <ScorecardSection id="dmarc" title={t('domain.dmarcPolicy')}>
      <ul className="plain-words">
        {dmarcPolicyWords(dmarc, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </ScorecardSection>
  );
}
