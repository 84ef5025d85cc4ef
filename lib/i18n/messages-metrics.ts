/**
 * The adoption metrics (lib/history/adoption-flags.ts): a short label for pickers, tables and
 * exports, and one sentence saying what counts as adopted.
 */
export const METRICS_MESSAGES = {
  'metric.spfPublished': { en: 'SPF published', ja: 'SPF 設定' },
  'metric.spfValid': { en: 'SPF valid', ja: 'SPF 有効' },
  'metric.dkimPublished': { en: 'DKIM published', ja: 'DKIM 設定' },
  'metric.dmarcPublished': { en: 'DMARC published', ja: 'DMARC 設定' },
  'metric.dmarcEnforcing': { en: 'DMARC enforcing', ja: 'DMARC 強制（quarantine/reject）' },
  'metric.adspPublished': { en: 'ADSP published', ja: 'ADSP 設定' },
  'metric.senderIdPublished': { en: 'Sender ID published', ja: 'Sender ID 設定' },
  'metric.nullMx': { en: 'Null MX', ja: 'Null MX' },
  'metric.mtaStsEnforcing': { en: 'MTA-STS enforcing', ja: 'MTA-STS 強制（enforce）' },
  'metric.tlsRptPublished': { en: 'TLS-RPT published', ja: 'TLS-RPT 設定' },
  'metric.bimiPublished': { en: 'BIMI published', ja: 'BIMI 設定' },
  'metric.dnssecSigned': { en: 'DNSSEC signed', ja: 'DNSSEC 署名' },
  'metric.daneOnMx': { en: 'DANE on MX', ja: 'MX の DANE' },
  'metric.starttlsOffered': { en: 'STARTTLS', ja: 'STARTTLS' },
  'metricShort.mtaStsEnforcing': { en: 'MTA-STS', ja: 'MTA-STS' },
  'metricShort.tlsRptPublished': { en: 'TLS-RPT', ja: 'TLS-RPT' },
  'metricShort.bimiPublished': { en: 'BIMI', ja: 'BIMI' },
  'metricShort.dnssecSigned': { en: 'DNSSEC', ja: 'DNSSEC' },
  'metricShort.daneOnMx': { en: 'DANE', ja: 'DANE' },
  'metricShort.starttlsOffered': { en: 'STARTTLS', ja: 'STARTTLS' },
  'metricHelp.spfPublished': {
    en: 'A v=spf1 TXT record at the domain (RFC 7208).',
    ja: 'ドメインに v=spf1 の TXT レコードがある（RFC 7208）。',
  },
  'metricHelp.spfValid': {
    en: 'The SPF record evaluates without errors (syntax, lookup limits, +all).',
    ja: 'SPF レコードがエラーなく評価できる（構文・参照回数・+all）。',
  },
  'metricHelp.dkimPublished': {
    en: 'At least one usable, unrevoked DKIM key was found (RFC 6376).',
    ja: '使用可能で失効していない DKIM 公開鍵が見つかった（RFC 6376）。',
  },
  'metricHelp.dmarcPublished': {
    en: 'A v=DMARC1 record at _dmarc (RFC 7489).',
    ja: '_dmarc に v=DMARC1 レコードがある（RFC 7489）。',
  },
  'metricHelp.dmarcEnforcing': {
    en: 'The DMARC policy is quarantine or reject for all mail (pct=100).',
    ja: 'DMARC ポリシーが quarantine または reject で全メール対象（pct=100）。',
  },
  'metricHelp.adspPublished': {
    en: 'An ADSP record at _adsp._domainkey (RFC 5617, historic).',
    ja: '_adsp._domainkey に ADSP レコードがある（RFC 5617、廃止済み）。',
  },
  'metricHelp.senderIdPublished': {
    en: 'A spf2.0 Sender ID record (RFC 4406, historic).',
    ja: 'spf2.0 の Sender ID レコードがある（RFC 4406、廃止済み）。',
  },
  'metricHelp.nullMx': {
    en: 'A Null MX says the domain receives no mail (RFC 7505).',
    ja: 'Null MX でメールを受信しないことを宣言している（RFC 7505）。',
  },
  'metricHelp.mtaStsEnforcing': {
    en: 'An MTA-STS policy in enforce mode, fetched and valid (RFC 8461).',
    ja: 'MTA-STS ポリシーが enforce モードで、取得でき有効である（RFC 8461）。',
  },
  'metricHelp.tlsRptPublished': {
    en: 'A valid v=TLSRPTv1 record at _smtp._tls (RFC 8460).',
    ja: '_smtp._tls に有効な v=TLSRPTv1 レコードがある（RFC 8460）。',
  },
  'metricHelp.bimiPublished': {
    en: 'A valid BIMI record at default._bimi.',
    ja: 'default._bimi に有効な BIMI レコードがある。',
  },
  'metricHelp.dnssecSigned': {
    en: "The domain's answers validate as DNSSEC-secure (RFC 4035).",
    ja: 'ドメインの応答が DNSSEC で検証済み（secure）である（RFC 4035）。',
  },
  'metricHelp.daneOnMx': {
    en: 'Every MX host has a usable TLSA record in a DNSSEC-secure zone (RFC 7672).',
    ja: 'すべての MX ホストに DNSSEC で保護された有効な TLSA レコードがある（RFC 7672）。',
  },
  'metricHelp.starttlsOffered': {
    en: 'Every MX offered STARTTLS and completed the handshake; measured only when SMTP probing is on.',
    ja: 'すべての MX が STARTTLS を提供し TLS 接続が成立した。SMTP 接続確認が有効な場合のみ計測。',
  },
  'metric.notMeasured': { en: 'not measured', ja: '未計測' },
  'metric.notMeasuredHelp': {
    en: 'No domain has a known result for this metric: the check did not run (STARTTLS needs SMTP probing) or the results predate it.',
    ja: 'この指標の結果が判明したドメインがありません。検査が実行されていない（STARTTLS は SMTP 接続確認が必要）か、検査追加前の結果です。',
  },
} as const;
