/** DMARC policy explained in plain words (components/scorecard/dmarc-policy-words.ts). */
export const DMARC_MESSAGES = {
  'dmarc.none': {
    en: 'No DMARC record applies: receivers are given no policy for mail that fails authentication.',
    ja: 'DMARC レコードがないため、認証に失敗したメールの扱いは受信側任せです。',
  },
  'dmarc.p.none': {
    en: 'Mail that fails DMARC is delivered as usual; the policy only asks for reports (monitoring).',
    ja: 'DMARC に失敗したメールも通常どおり配送されます（監視のみ・レポート収集）。',
  },
  'dmarc.p.quarantine': {
    en: 'Mail that fails DMARC should be treated as suspicious (e.g. put in the spam folder).',
    ja: 'DMARC に失敗したメールは疑わしいものとして扱われます（迷惑メールフォルダへの隔離など）。',
  },
  'dmarc.p.reject': {
    en: 'Mail that fails DMARC should be rejected.',
    ja: 'DMARC に失敗したメールは受信拒否されます。',
  },
  'dmarc.source.organizational': {
    en: 'Inherited from the organizational domain {domain} (its {tag}= tag).',
    ja: '組織ドメイン {domain} のレコード（{tag}= タグ）を継承しています。',
  },
  'dmarc.sp': {
    en: 'Subdomains: {policy}.',
    ja: 'サブドメイン: {policy}。',
  },
  'dmarc.pct': {
    en: 'Applied to only {pct}% of failing mail.',
    ja: '失敗したメールのうち {pct}% にのみ適用されます。',
  },
  'dmarc.testing': {
    en: 'Testing mode (t=y): receivers are asked not to apply the policy yet.',
    ja: 'テストモード（t=y）: 受信側にはまだポリシーを適用しないよう求めています。',
  },
  'dmarc.alignment': {
    en: 'Alignment: DKIM {adkim}, SPF {aspf}.',
    ja: 'アライメント: DKIM {adkim}、SPF {aspf}。',
  },
  'dmarc.strict': { en: 'strict', ja: '厳格' },
  'dmarc.relaxed': { en: 'relaxed', ja: '緩和' },
  'dmarc.rua': { en: 'Aggregate reports go to {to}.', ja: '集計レポートの送付先: {to}。' },
  'dmarc.noRua': {
    en: 'No aggregate reports are requested (no rua=).',
    ja: '集計レポートは要求されていません（rua= なし）。',
  },
  'dmarc.word.none': { en: 'no action (monitoring)', ja: '処置なし（監視）' },
  'dmarc.word.quarantine': { en: 'quarantine', ja: '隔離' },
  'dmarc.word.reject': { en: 'reject', ja: '拒否' },
} as const;
