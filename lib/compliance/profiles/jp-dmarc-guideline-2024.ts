import type { BuiltinProfile } from '../profile-schema';
import { COMMON } from './common-requirements';

// Sections as in the guideline's table of contents (2.1 sender settings, 2.2 the organisational
// domain, 2.3 domains not used for mail, 2.4 reports and policy strengthening; Annex A lists each
// item's level). The item-by-item levels could not be checked against Annex A offline (docs/compliance.md).
const GUIDELINE = '迷惑メール対策推進協議会「送信ドメイン認証技術 DMARC導入ガイドライン」(2024)';

/** The Japanese anti-spam council's DMARC introduction guideline: its Must and Should items. */
export const JP_DMARC_GUIDELINE_2024: BuiltinProfile = {
  key: 'jp-dmarc-guideline-2024',
  version: 1,
  definition: {
    name: { en: 'JP DMARC introduction guideline (2024)', ja: 'DMARC導入ガイドライン（2024）' },
    description: {
      en: "The Must and Should settings for senders of the Japanese anti-spam council's DMARC introduction guideline (July 2024): SPF, DKIM and DMARC on sending domains, DMARC at the organisational domain, reject-all settings on domains not used for mail.",
      ja: '迷惑メール対策推進協議会「送信ドメイン認証技術 DMARC導入ガイドライン」（2024年7月）の送信側の Must・Should 項目。送信ドメインの SPF・DKIM・DMARC、組織ドメインへの DMARC 設定、メールに利用しないドメインの設定。',
    },
    source: { title: GUIDELINE, url: null, published: '2024-07-09' },
    requirements: [
      {
        id: 'spf-published',
        level: 'must',
        appliesTo: 'sending',
        source: `${GUIDELINE} §2.1`,
        ...COMMON.spfPublished,
      },
      {
        id: 'spf-valid',
        level: 'must',
        appliesTo: 'sending',
        source: `${GUIDELINE} §2.1`,
        ...COMMON.spfValid,
      },
      {
        id: 'dkim-published',
        level: 'should',
        appliesTo: 'sending',
        source: `${GUIDELINE} §2.1`,
        ...COMMON.dkimPublished,
      },
      // §2.2: a record at the organisational domain covers its subdomains (RFC 7489 §6.6.3), so an
      // inherited policy satisfies this.
      {
        id: 'dmarc-published',
        level: 'must',
        appliesTo: 'all',
        source: `${GUIDELINE} §2.1, §2.2`,
        ...COMMON.dmarcPublished,
      },
      { id: 'dmarc-rua', level: 'should', appliesTo: 'all', source: `${GUIDELINE} §2.4`, ...COMMON.dmarcRua },
      {
        id: 'dmarc-enforcing',
        level: 'should',
        appliesTo: 'sending',
        source: `${GUIDELINE} §2.4`,
        ...COMMON.dmarcEnforcing,
      },
      {
        id: 'non-sending.spf-reject-all',
        level: 'must',
        appliesTo: 'non-sending',
        source: `${GUIDELINE} §2.3`,
        ...COMMON.spfRejectAll,
      },
      {
        id: 'non-sending.dmarc-reject',
        level: 'must',
        appliesTo: 'non-sending',
        source: `${GUIDELINE} §2.3`,
        ...COMMON.dmarcReject,
      },
      {
        id: 'non-sending.null-mx',
        level: 'should',
        appliesTo: 'non-sending',
        source: `${GUIDELINE} §2.3`,
        ...COMMON.nullMx,
      },
    ],
  },
};
