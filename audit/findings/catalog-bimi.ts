import type { FindingDefinition } from './types';

// The BIMI specification is an Internet-Draft (draft-brand-indicators-for-message-identification)
// and the logo profile another (draft-svg-tiny-ps-abrotman); references name them.
const BIMI = 'draft-brand-indicators-for-message-identification';
const SVG_PS = 'draft-svg-tiny-ps-abrotman';

/** BIMI findings; spread into FINDINGS (catalog.ts), whose rules apply. */
export const BIMI_FINDINGS = {
  'bimi.multiple-records': {
    severity: 'error',
    rfc: BIMI,
    title: { en: 'More than one BIMI record', ja: 'BIMI レコードが複数存在' },
    explanation: {
      en: 'More than one TXT record at `default._bimi` starts with "v=BIMI1". Mailbox providers then show no logo.',
      ja: '`default._bimi` に「v=BIMI1」で始まる TXT レコードが複数あります。この場合メールボックス事業者はロゴを表示しません。',
    },
    remediation: {
      en: 'Keep exactly one `v=BIMI1` record.',
      ja: '`v=BIMI1` のレコードを 1 件だけにしてください。',
    },
  },
  'bimi.record-invalid': {
    severity: 'error',
    rfc: BIMI,
    title: { en: 'BIMI record is invalid', ja: 'BIMI レコードが不正' },
    explanation: {
      en: 'The `default._bimi` record is not a valid BIMI assertion: it must start with "v=BIMI1", and `l=` (the logo) and `a=` (the mark certificate) must be https:// URLs.',
      ja: '`default._bimi` レコードが BIMI の形式に反しています。「v=BIMI1」で始まり、`l=`（ロゴ）と `a=`（マーク証明書）は https:// の URL である必要があります。',
    },
    remediation: {
      en: 'Publish e.g. `"v=BIMI1; l=https://example.jp/bimi/logo.svg; a=https://example.jp/bimi/vmc.pem"`.',
      ja: '例: `"v=BIMI1; l=https://example.jp/bimi/logo.svg; a=https://example.jp/bimi/vmc.pem"` を公開してください。',
    },
  },
  'bimi.dmarc-not-enforcing': {
    severity: 'error',
    rfc: `${BIMI}, RFC 7489 §6.3`,
    title: {
      en: 'BIMI needs DMARC at quarantine or reject for all mail',
      ja: 'BIMI には全メールへの DMARC quarantine / reject が必要',
    },
    explanation: {
      en: 'A BIMI record is published, but the DMARC policy is not quarantine or reject applied to all mail (p and sp at quarantine or reject, pct=100, no t=y). Mailbox providers show the logo only for mail under such a policy, so none is shown.',
      ja: 'BIMI レコードは公開されていますが、DMARC ポリシーが全メールへの quarantine または reject になっていません（p と sp が quarantine か reject、pct=100、t=y なし）。メールボックス事業者はそのようなポリシーの下のメールにしかロゴを表示しないため、ロゴは表示されません。',
    },
    remediation: {
      en: 'Move DMARC to `p=quarantine` or `p=reject` without `pct` below 100 (and no `sp=none`), after the aggregate reports show your mail aligns.',
      ja: '集計レポートで正規のメールが整合していることを確認したうえで、DMARC を `p=quarantine` または `p=reject` にし、`pct` を 100 未満にせず、`sp=none` も指定しないでください。',
    },
  },
  'bimi.no-authority': {
    severity: 'info',
    rfc: BIMI,
    title: { en: 'BIMI has no mark certificate (a=)', ja: 'BIMI にマーク証明書（a=）がない' },
    explanation: {
      en: 'The BIMI record has no `a=` evidence document (a Verified or Common Mark Certificate). Major mailbox providers such as Gmail and Apple Mail show logos only with one.',
      ja: 'BIMI レコードに `a=`（VMC または CMC などのマーク証明書）がありません。Gmail や Apple メールなど主要な事業者は、証明書がある場合にのみロゴを表示します。',
    },
    remediation: {
      en: 'Obtain a VMC or CMC for the logo and publish its PEM URL in `a=`.',
      ja: 'ロゴの VMC または CMC を取得し、その PEM の URL を `a=` に記載してください。',
    },
  },
  'bimi.logo-unavailable': {
    severity: 'error',
    rfc: BIMI,
    title: { en: 'The BIMI logo cannot be fetched', ja: 'BIMI ロゴを取得できない' },
    explanation: {
      en: 'The logo at `l=` cannot be fetched: its host has no address, resolves to a non-public address, or answers with an HTTP status other than 200.',
      ja: '`l=` のロゴを取得できません（ホストにアドレスがない、公開されていないアドレスを指している、または HTTP ステータスが 200 以外）。',
    },
    remediation: {
      en: 'Serve the SVG at the `l=` URL from a public HTTPS server with status 200.',
      ja: '`l=` の URL で、公開 HTTPS サーバから SVG をステータス 200 で返してください。',
    },
  },
  'bimi.logo-certificate': {
    severity: 'error',
    rfc: BIMI,
    title: { en: 'The BIMI logo host has an invalid certificate', ja: 'BIMI ロゴのホストの証明書が不正' },
    explanation: {
      en: "The HTTPS certificate of the logo's host does not verify (expired, not yet valid, another name, or an untrusted CA), so mailbox providers will not fetch the logo.",
      ja: 'ロゴのホストの HTTPS 証明書を検証できないため（期限切れ、有効期間前、別の名前向け、または信頼されない認証局）、メールボックス事業者はロゴを取得しません。',
    },
    remediation: {
      en: "Install a certificate from a public CA valid for the logo URL's host name.",
      ja: 'ロゴ URL のホスト名に有効な、公的認証局の証明書を設置してください。',
    },
  },
  'bimi.logo-redirect': {
    severity: 'error',
    rfc: BIMI,
    title: { en: 'The BIMI logo URL redirects', ja: 'BIMI ロゴの URL がリダイレクトされる' },
    explanation: {
      en: 'The logo URL answers with an HTTP redirect. Kensa does not follow redirects, and mailbox providers may not either.',
      ja: 'ロゴの URL が HTTP リダイレクトを返します。Kensa はリダイレクトをたどらず、メールボックス事業者もたどらない場合があります。',
    },
    remediation: {
      en: 'Put the final URL of the SVG in `l=`.',
      ja: 'SVG の最終的な URL を `l=` に記載してください。',
    },
  },
  'bimi.logo-too-large': {
    severity: 'error',
    rfc: SVG_PS,
    title: { en: 'The BIMI logo is larger than 32 KiB', ja: 'BIMI ロゴが 32 KiB を超える' },
    explanation: {
      en: 'The SVG is larger than 32 KiB, the limit the SVG Tiny PS profile recommends and mailbox providers apply.',
      ja: 'SVG が 32 KiB を超えています。これは SVG Tiny PS プロファイルが推奨し、メールボックス事業者が適用する上限です。',
    },
    remediation: {
      en: 'Simplify the paths, remove metadata and embedded bitmaps, and minify the SVG.',
      ja: 'パスを簡略化し、メタデータや埋め込み画像を削除して、SVG を縮小してください。',
    },
  },
  'bimi.logo-not-tiny-ps': {
    severity: 'error',
    rfc: SVG_PS,
    title: { en: 'The BIMI logo is not SVG Tiny PS', ja: 'BIMI ロゴが SVG Tiny PS に適合しない' },
    explanation: {
      en: 'The logo breaks the SVG Tiny Portable/Secure profile BIMI requires: it must be SVG with `baseProfile="tiny-ps"`, a `<title>`, a square viewBox, and no scripts, `foreignObject` or references to external resources.',
      ja: 'ロゴが BIMI の求める SVG Tiny Portable/Secure プロファイルに反しています。`baseProfile="tiny-ps"`、`<title>`、正方形の viewBox を持ち、スクリプト、`foreignObject`、外部リソースへの参照を含まない SVG である必要があります。',
    },
    remediation: {
      en: 'Export the logo as SVG Tiny PS (the BIMI Group publishes converters and templates) and fix each point the finding lists.',
      ja: 'ロゴを SVG Tiny PS として書き出し（BIMI Group が変換ツールとテンプレートを公開しています）、指摘された各点を修正してください。',
    },
  },
} as const satisfies Record<string, FindingDefinition>;
