import type { FindingDefinition } from './types';

/** SMTP TLS Reporting (RFC 8460) findings; spread into FINDINGS (catalog.ts), whose rules apply. */
export const TLS_RPT_FINDINGS = {
  'tls-rpt.missing': {
    severity: 'info',
    rfc: 'RFC 8460 §3',
    title: { en: 'No TLS-RPT record', ja: 'TLS-RPT レコードが未設定' },
    explanation: {
      en: 'The domain receives mail but publishes no `_smtp._tls` TXT record, so sending servers cannot tell it when TLS to its MX hosts fails (an expired certificate, a stripped STARTTLS, an MTA-STS or DANE mismatch).',
      ja: 'このドメインはメールを受信していますが `_smtp._tls` TXT レコードを公開していないため、MX ホストへの TLS が失敗しても（証明書の期限切れ、STARTTLS の除去、MTA-STS や DANE の不一致など）送信側から知らされません。',
    },
    remediation: {
      en: 'Publish `_smtp._tls.<domain>. TXT "v=TLSRPTv1; rua=mailto:tlsrpt@<domain>"` and read the daily JSON reports.',
      ja: '`_smtp._tls.<ドメイン>. TXT "v=TLSRPTv1; rua=mailto:tlsrpt@<ドメイン>"` を公開し、毎日届く JSON の報告を確認してください。',
    },
  },
  'tls-rpt.multiple-records': {
    severity: 'error',
    rfc: 'RFC 8460 §3',
    title: { en: 'More than one TLS-RPT record', ja: 'TLS-RPT レコードが複数存在' },
    explanation: {
      en: 'More than one TXT record at `_smtp._tls` starts with "v=TLSRPTv1". RFC 8460 §3 then tells senders to assume the domain does not implement TLS-RPT: no reports are sent.',
      ja: '`_smtp._tls` に「v=TLSRPTv1」で始まる TXT レコードが複数あります。RFC 8460 §3 により、送信側はこのドメインが TLS-RPT を実装していないものとみなし、報告は送られません。',
    },
    remediation: {
      en: 'Merge them into one record; `rua=` takes several URIs separated by commas.',
      ja: '1 件のレコードに統合してください。`rua=` にはカンマ区切りで複数の URI を指定できます。',
    },
  },
  'tls-rpt.record-invalid': {
    severity: 'error',
    rfc: 'RFC 8460 §3',
    title: { en: 'TLS-RPT record is invalid', ja: 'TLS-RPT レコードが不正' },
    explanation: {
      en: 'The `_smtp._tls` record breaks RFC 8460 §3: it must start with "v=TLSRPTv1" and carry `rua=` with one or more `mailto:` or `https:` URIs. Senders send no reports to a record they cannot read.',
      ja: '`_smtp._tls` レコードが RFC 8460 §3 に反しています。「v=TLSRPTv1」で始まり、1 つ以上の `mailto:` または `https:` の URI を `rua=` に指定する必要があります。読めないレコードには報告は送られません。',
    },
    remediation: {
      en: 'Publish e.g. `"v=TLSRPTv1; rua=mailto:tlsrpt@example.jp,https://reports.example.jp/tlsrpt"`.',
      ja: '例: `"v=TLSRPTv1; rua=mailto:tlsrpt@example.jp,https://reports.example.jp/tlsrpt"` を公開してください。',
    },
  },
} as const satisfies Record<string, FindingDefinition>;
