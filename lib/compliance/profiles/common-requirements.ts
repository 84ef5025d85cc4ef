import type { ComplianceRequirement } from '../profile-schema';

/** What a requirement checks and says, without the level, scope and citation each profile sets. */
type RequirementText = Pick<ComplianceRequirement, 'check' | 'title' | 'explanation'>;

/**
 * The requirement texts the built-in profiles share, in one place so the same check reads the same
 * everywhere; each profile adds its own id, level, scope and the clause it cites.
 */
export const COMMON = {
  spfPublished: {
    check: { kind: 'spf-published' },
    title: { en: 'SPF record published', ja: 'SPF レコードを公開している' },
    explanation: {
      en: 'The domain publishes a TXT record starting with "v=spf1" listing the servers that send its mail (RFC 7208).',
      ja: 'ドメインのメールを送信するサーバを列挙した「v=spf1」で始まる TXT レコードを公開していること（RFC 7208）。',
    },
  },
  spfValid: {
    check: { kind: 'spf-valid' },
    title: { en: 'SPF record valid', ja: 'SPF レコードが有効' },
    explanation: {
      en: 'Exactly one SPF record, without syntax errors, +all or more than 10 DNS lookups: receivers can evaluate it (RFC 7208 §4.6).',
      ja: 'SPF レコードが 1 件だけで、構文エラー・+all・10 回を超える DNS 参照がなく、受信側が評価できること（RFC 7208 §4.6）。',
    },
  },
  spfRejectAll: {
    check: { kind: 'spf-reject-all' },
    title: { en: 'SPF "v=spf1 -all" (sends no mail)', ja: 'SPF「v=spf1 -all」（送信しない）' },
    explanation: {
      en: 'A domain that sends no mail publishes "v=spf1 -all", so every message claiming it fails SPF.',
      ja: 'メールを送信しないドメインは「v=spf1 -all」を公開し、このドメインを名乗るすべてのメールを SPF 失敗とすること。',
    },
  },
  dkimPublished: {
    check: { kind: 'dkim-published' },
    title: { en: 'DKIM key published', ja: 'DKIM 公開鍵を公開している' },
    explanation: {
      en: "A usable DKIM public key is found at one of the selectors probed, so the domain can sign its mail (RFC 6376). Kensa finds keys by probing selectors: add the domain's selectors if it is missed.",
      ja: '問い合わせたセレクタのいずれかに利用可能な DKIM 公開鍵があり、メールに署名できること（RFC 6376）。鍵はセレクタを問い合わせて探すため、見つからない場合はドメインのセレクタを登録してください。',
    },
  },
  dmarcPublished: {
    check: { kind: 'dmarc-published', inherit: true },
    title: { en: 'DMARC policy applies', ja: 'DMARC ポリシーが適用される' },
    explanation: {
      en: "A DMARC record applies to the domain: its own at _dmarc.<domain>, or its organisational domain's, which covers subdomains (RFC 7489 §6.6.3).",
      ja: 'ドメイン自身の _dmarc.<ドメイン> のレコード、またはサブドメインにも適用される組織ドメインのレコードにより、DMARC ポリシーが適用されること（RFC 7489 §6.6.3）。',
    },
  },
  dmarcRua: {
    check: { kind: 'dmarc-rua', inherit: true },
    title: { en: 'DMARC aggregate reports requested (rua=)', ja: 'DMARC 集約レポートの送付先（rua=）を指定' },
    explanation: {
      en: 'The DMARC policy that applies names at least one rua= address, so the owner learns who sends mail as the domain (RFC 7489 §7.2).',
      ja: '適用される DMARC ポリシーに rua= の送付先が 1 つ以上あり、ドメインを名乗って送信しているのが誰かを把握できること（RFC 7489 §7.2）。',
    },
  },
  dmarcEnforcing: {
    check: { kind: 'dmarc-policy', atLeast: 'quarantine', allMail: true, inherit: true },
    title: {
      en: 'DMARC quarantine or reject on all mail',
      ja: 'DMARC で quarantine または reject をすべてのメールに適用',
    },
    explanation: {
      en: 'The applied policy is p=quarantine or p=reject (sp=/np= when inherited) with pct=100 and no t=y, so receivers act on every failing message.',
      ja: '適用されるポリシーが p=quarantine または p=reject（継承時は sp= / np=）で、pct=100 かつ t=y がなく、認証に失敗したすべてのメールに適用されること。',
    },
  },
  dmarcReject: {
    check: { kind: 'dmarc-policy', atLeast: 'reject', allMail: true, inherit: true },
    title: { en: 'DMARC p=reject on all mail', ja: 'DMARC p=reject をすべてのメールに適用' },
    explanation: {
      en: 'The applied policy is p=reject (sp=/np= when inherited from the organisational domain) with pct=100 and no t=y: receivers refuse mail that fails DMARC.',
      ja: '適用されるポリシーが p=reject（組織ドメインから継承する場合は sp= / np=）で、pct=100 かつ t=y がなく、DMARC に失敗したメールを受信側が拒否すること。',
    },
  },
  nullMx: {
    check: { kind: 'null-mx' },
    title: { en: 'Null MX (sends no mail)', ja: 'ヌル MX（送信しない）' },
    explanation: {
      en: 'A domain that neither sends nor receives mail publishes "MX 0 ." (RFC 7505), so senders do not try to deliver to it.',
      ja: 'メールを送受信しないドメインは「MX 0 .」（RFC 7505）を公開し、送信側が配送を試みないようにすること。',
    },
  },
} as const satisfies Record<string, RequirementText>;
