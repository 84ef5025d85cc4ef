import type { BuiltinProfile } from '../profile-schema';
import { COMMON } from './common-requirements';

const DIRECTIVE =
  'CISA Binding Operational Directive 18-01 "Enhance Email and Web Security" (2017), Required Actions';
/** The address the directive tells agencies to send aggregate reports to. */
export const BOD_18_01_RUA = 'reports@dmarc.cyber.dhs.gov';

/** CISA BOD 18-01's e-mail actions: valid SPF, DMARC p=reject, aggregate reports to DHS. */
export const CISA_BOD_18_01: BuiltinProfile = {
  key: 'cisa-bod-18-01',
  version: 1,
  definition: {
    name: { en: 'CISA BOD 18-01', ja: 'CISA BOD 18-01（米国）' },
    description: {
      en: 'The e-mail actions of the US directive for federal agencies: a valid SPF record, DMARC p=reject on all mail, and aggregate reports to reports@dmarc.cyber.dhs.gov. Its STARTTLS and web (HTTPS) actions are not checked here.',
      ja: '米国連邦機関向け指令のメールに関する措置。有効な SPF レコード、すべてのメールへの DMARC p=reject、reports@dmarc.cyber.dhs.gov への集約レポート送付。STARTTLS と Web（HTTPS）の措置はここでは評価しない。',
    },
    source: {
      title: DIRECTIVE,
      url: 'https://www.cisa.gov/news-events/directives/bod-18-01-enhance-email-and-web-security',
      published: '2017-10-16',
    },
    requirements: [
      {
        id: 'spf-valid',
        level: 'must',
        appliesTo: 'all',
        source: `${DIRECTIVE} (90 days: valid SPF)`,
        ...COMMON.spfValid,
      },
      // The directive's p=reject covers subdomains through the second-level domain's record (sp=).
      {
        id: 'dmarc-reject',
        level: 'must',
        appliesTo: 'all',
        source: `${DIRECTIVE} (1 year: p=reject)`,
        ...COMMON.dmarcReject,
      },
      {
        id: 'dmarc-rua-dhs',
        level: 'must',
        appliesTo: 'all',
        source: `${DIRECTIVE} (90 days: rua includes ${BOD_18_01_RUA})`,
        check: { kind: 'dmarc-rua', address: BOD_18_01_RUA, inherit: true },
        title: {
          en: `DMARC reports to ${BOD_18_01_RUA}`,
          ja: `DMARC 集約レポートを ${BOD_18_01_RUA} に送付`,
        },
        explanation: {
          en: `The applied DMARC policy's rua= includes mailto:${BOD_18_01_RUA}, so CISA receives the aggregate reports.`,
          ja: `適用される DMARC ポリシーの rua= に mailto:${BOD_18_01_RUA} が含まれ、CISA が集約レポートを受け取れること。`,
        },
      },
      {
        id: 'non-sending.spf-reject-all',
        level: 'should',
        appliesTo: 'non-sending',
        source: `${DIRECTIVE} (valid SPF; CISA's guidance for domains that send no mail)`,
        ...COMMON.spfRejectAll,
      },
    ],
  },
};
