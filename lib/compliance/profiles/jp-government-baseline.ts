import type { BuiltinProfile } from '../profile-schema';
import { COMMON } from './common-requirements';

// The 令和5年度版 (FY2023) edition lists DMARC among the basic measures (基本対策事項) against spoofed
// government mail, beside SPF and DKIM; the exact item numbers could not be checked offline.
const GUIDELINE =
  'NISC「政府機関等の対策基準策定のためのガイドライン」令和5年度版 6.2.2 電子メール（基本対策事項）';

/** A Japanese government baseline: sender authentication, DMARC as a basic measure. */
export const JP_GOVERNMENT_BASELINE: BuiltinProfile = {
  key: 'jp-government-baseline',
  version: 1,
  definition: {
    name: { en: 'JP government baseline (NISC guideline)', ja: '政府機関等の対策基準（NISC ガイドライン）' },
    description: {
      en: "Sender authentication for government domains after NISC's guideline for drafting government security standards (FY2023 edition), which makes DMARC a basic measure: SPF and DMARC required, DKIM, reports and an enforcing policy recommended.",
      ja: 'NISC「政府機関等の対策基準策定のためのガイドライン」（令和5年度版）に基づく政府機関ドメインの送信ドメイン認証。DMARC を基本対策事項とし、SPF と DMARC を必須、DKIM・レポート・強制ポリシーを推奨とする。',
    },
    source: { title: GUIDELINE, url: null, published: '2023-07-04' },
    requirements: [
      { id: 'spf-published', level: 'must', appliesTo: 'sending', source: GUIDELINE, ...COMMON.spfPublished },
      { id: 'spf-valid', level: 'must', appliesTo: 'sending', source: GUIDELINE, ...COMMON.spfValid },
      {
        id: 'dkim-published',
        level: 'should',
        appliesTo: 'sending',
        source: GUIDELINE,
        ...COMMON.dkimPublished,
      },
      { id: 'dmarc-published', level: 'must', appliesTo: 'all', source: GUIDELINE, ...COMMON.dmarcPublished },
      { id: 'dmarc-rua', level: 'should', appliesTo: 'all', source: GUIDELINE, ...COMMON.dmarcRua },
      {
        id: 'dmarc-enforcing',
        level: 'should',
        appliesTo: 'all',
        source: GUIDELINE,
        ...COMMON.dmarcEnforcing,
      },
      {
        id: 'non-sending.spf-reject-all',
        level: 'should',
        appliesTo: 'non-sending',
        source: GUIDELINE,
        ...COMMON.spfRejectAll,
      },
    ],
  },
};
