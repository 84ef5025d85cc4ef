import type { Translate } from '@/lib/i18n/translate';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';

type Dmarc = NonNullable<ScorecardReport['dmarc']>;

/** The DMARC policy that applies to a domain, as sentences a non-specialist can read (en/ja). */
export function dmarcPolicyWords(dmarc: Dmarc | null, t: Translate): string[] {
  const policy = dmarc?.policy;
  if (!dmarc || !policy) return [t('dmarc.none')];
  const lines = [t(`dmarc.p.${policy.effective}`)];
  if (dmarc.source === 'organizational')
    lines.push(t('dmarc.source.organizational', { domain: dmarc.organizationalDomain, tag: policy.applied }));
  if (policy.sp !== policy.p) lines.push(t('dmarc.sp', { policy: t(`dmarc.word.${policy.sp}`) }));
  if (policy.pct < 100) lines.push(t('dmarc.pct', { pct: policy.pct }));
  if (policy.testing) lines.push(t('dmarc.testing'));
  const align = (mode: 'r' | 's') => t(mode === 's' ? 'dmarc.strict' : 'dmarc.relaxed');
  lines.push(t('dmarc.alignment', { adkim: align(policy.adkim), aspf: align(policy.aspf) }));
  lines.push(policy.rua.length > 0 ? t('dmarc.rua', { to: policy.rua.join(', ') }) : t('dmarc.noRua'));
  return lines;
}
