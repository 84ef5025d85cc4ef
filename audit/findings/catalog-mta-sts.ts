import type { FindingDefinition } from './types';

/** MTA-STS (RFC 8461) findings; spread into FINDINGS (catalog.ts), whose rules apply. */
export const MTA_STS_FINDINGS = {
  'mta-sts.missing': {
    severity: 'info',
    rfc: 'RFC 8461 §3.1',
    title: { en: 'No MTA-STS policy', ja: 'MTA-STS ポリシーが未設定' },
    explanation: {
      en: 'The domain receives mail but publishes no `_mta-sts` TXT record, so sending servers deliver to it over TLS only opportunistically: an attacker on the path can strip STARTTLS or present any certificate, and the mail goes out in clear text.',
      ja: 'このドメインはメールを受信していますが `_mta-sts` TXT レコードを公開していないため、送信側サーバは TLS を「可能なら使う」だけです。経路上の攻撃者が STARTTLS を取り除いたり任意の証明書を提示したりすると、メールは平文で送られます。',
    },
    remediation: {
      en: 'Serve a policy at `https://mta-sts.<domain>/.well-known/mta-sts.txt` (start with `mode: testing`), then publish `_mta-sts.<domain>. TXT "v=STSv1; id=20260101"` and a TLS-RPT record to receive failure reports.',
      ja: '`https://mta-sts.<ドメイン>/.well-known/mta-sts.txt` にポリシーを置き（まず `mode: testing` で）、`_mta-sts.<ドメイン>. TXT "v=STSv1; id=20260101"` と、失敗報告を受け取るための TLS-RPT レコードを公開してください。',
    },
  },
  'mta-sts.multiple-records': {
    severity: 'error',
    rfc: 'RFC 8461 §3.1',
    title: { en: 'More than one MTA-STS record', ja: 'MTA-STS レコードが複数存在' },
    explanation: {
      en: 'More than one TXT record at `_mta-sts` starts with "v=STSv1". RFC 8461 §3.1 then tells senders to assume the domain has no MTA-STS policy at all.',
      ja: '`_mta-sts` に「v=STSv1」で始まる TXT レコードが複数あります。RFC 8461 §3.1 により、送信側はこのドメインに MTA-STS ポリシーがないものとして扱います。',
    },
    remediation: {
      en: 'Keep one record and delete the others; change its `id` whenever the policy file changes.',
      ja: 'レコードを 1 件だけ残して他を削除してください。ポリシーファイルを変更するたびに `id` を変更してください。',
    },
  },
  'mta-sts.record-invalid': {
    severity: 'error',
    rfc: 'RFC 8461 §3.1',
    title: { en: 'MTA-STS record is invalid', ja: 'MTA-STS レコードが不正' },
    explanation: {
      en: 'The `_mta-sts` TXT record breaks the RFC 8461 §3.1 grammar (it must start with "v=STSv1" and carry an `id` of 1 to 32 letters and digits). Senders treat an invalid record as no policy.',
      ja: '`_mta-sts` TXT レコードが RFC 8461 §3.1 の文法に反しています（「v=STSv1」で始まり、英数字 1〜32 文字の `id` を含む必要があります）。不正なレコードは、ポリシーがないものとして扱われます。',
    },
    remediation: {
      en: 'Publish exactly `v=STSv1; id=<1-32 letters or digits>`, e.g. `"v=STSv1; id=20260101T000000"`.',
      ja: '`v=STSv1; id=<英数字 1〜32 文字>` の形で公開してください。例: `"v=STSv1; id=20260101T000000"`。',
    },
  },
  'mta-sts.policy-unavailable': {
    severity: 'error',
    rfc: 'RFC 8461 §3.3',
    title: { en: 'The MTA-STS policy cannot be fetched', ja: 'MTA-STS ポリシーを取得できない' },
    explanation: {
      en: 'A `_mta-sts` record announces a policy, but `https://mta-sts.<domain>/.well-known/mta-sts.txt` cannot be fetched: the host has no address, resolves to a non-public address, or answers with an HTTP status other than 200. Senders then have no policy to apply.',
      ja: '`_mta-sts` レコードはポリシーの存在を示していますが、`https://mta-sts.<ドメイン>/.well-known/mta-sts.txt` を取得できません（ホストにアドレスがない、公開されていないアドレスを指している、または HTTP ステータスが 200 以外）。送信側は適用するポリシーを得られません。',
    },
    remediation: {
      en: 'Publish an A/AAAA record for `mta-sts.<domain>` pointing to a public web server that serves the policy file with status 200, or remove the `_mta-sts` record.',
      ja: '`mta-sts.<ドメイン>` に公開 Web サーバを指す A/AAAA レコードを設定し、ポリシーファイルをステータス 200 で返すようにしてください。運用しない場合は `_mta-sts` レコードを削除してください。',
    },
  },
  'mta-sts.policy-certificate': {
    severity: 'error',
    rfc: 'RFC 8461 §3.3',
    title: {
      en: 'The MTA-STS policy host has an invalid certificate',
      ja: 'MTA-STS ポリシーのホストの証明書が不正',
    },
    explanation: {
      en: 'The certificate of `mta-sts.<domain>` does not verify: it is expired, not yet valid, issued for another name, or not from a trusted CA. RFC 8461 §3.3 requires a valid certificate for that name; senders ignore the policy.',
      ja: '`mta-sts.<ドメイン>` の証明書を検証できません（期限切れ、有効期間前、別の名前向け、または信頼された認証局の発行でない）。RFC 8461 §3.3 はその名前に有効な証明書を求めており、送信側はポリシーを無視します。',
    },
    remediation: {
      en: 'Install a certificate from a public CA whose subjectAltName includes `mta-sts.<domain>`, and renew it automatically.',
      ja: 'subjectAltName に `mta-sts.<ドメイン>` を含む公的認証局の証明書を設置し、自動更新してください。',
    },
  },
  'mta-sts.policy-redirect': {
    severity: 'error',
    rfc: 'RFC 8461 §3.3',
    title: { en: 'The MTA-STS policy URL redirects', ja: 'MTA-STS ポリシーの URL がリダイレクトされる' },
    explanation: {
      en: 'The policy URL answers with an HTTP redirect. RFC 8461 §3.3 forbids following redirects when fetching a policy, so senders get no policy.',
      ja: 'ポリシーの URL が HTTP リダイレクトを返します。RFC 8461 §3.3 はポリシー取得時にリダイレクトをたどることを禁じているため、送信側はポリシーを得られません。',
    },
    remediation: {
      en: 'Serve the file itself at `https://mta-sts.<domain>/.well-known/mta-sts.txt` with status 200.',
      ja: '`https://mta-sts.<ドメイン>/.well-known/mta-sts.txt` でファイル自体をステータス 200 で返してください。',
    },
  },
  'mta-sts.policy-content-type': {
    severity: 'error',
    rfc: 'RFC 8461 §3.3',
    title: {
      en: 'The MTA-STS policy is not served as text/plain',
      ja: 'MTA-STS ポリシーが text/plain で返されない',
    },
    explanation: {
      en: 'RFC 8461 §3.3 requires the policy to be served with the media type `text/plain`; strict senders reject it otherwise.',
      ja: 'RFC 8461 §3.3 はポリシーをメディアタイプ `text/plain` で返すことを求めています。厳格な送信側はそれ以外を拒否します。',
    },
    remediation: {
      en: 'Configure the web server to send `Content-Type: text/plain` for `/.well-known/mta-sts.txt`.',
      ja: '`/.well-known/mta-sts.txt` に対して `Content-Type: text/plain` を返すよう Web サーバを設定してください。',
    },
  },
  'mta-sts.policy-too-large': {
    severity: 'error',
    rfc: 'RFC 8461 §3.3',
    title: { en: 'The MTA-STS policy is too large', ja: 'MTA-STS ポリシーが大きすぎる' },
    explanation: {
      en: 'The policy file is larger than 64 KiB. Senders limit the size they read (RFC 8461 §3.3 invites it, against denial of service), so a file this large is likely refused.',
      ja: 'ポリシーファイルが 64 KiB を超えています。送信側はサービス妨害対策として読み込むサイズを制限するため（RFC 8461 §3.3）、このサイズのファイルは拒否される可能性が高いです。',
    },
    remediation: {
      en: 'Serve only the policy lines (version, mode, mx, max_age): a policy is a few hundred bytes.',
      ja: 'ポリシーの行（version、mode、mx、max_age）だけを返してください。ポリシーは通常数百バイトです。',
    },
  },
  'mta-sts.policy-invalid': {
    severity: 'error',
    rfc: 'RFC 8461 §3.2',
    title: { en: 'The MTA-STS policy is invalid', ja: 'MTA-STS ポリシーが不正' },
    explanation: {
      en: 'The policy file breaks RFC 8461 §3.2: `version: STSv1`, a `mode` of enforce, testing or none, a `max_age` of 0 to 31557600 seconds and, unless the mode is none, at least one `mx` are required. Senders discard an invalid policy.',
      ja: 'ポリシーファイルが RFC 8461 §3.2 に反しています。`version: STSv1`、enforce・testing・none のいずれかの `mode`、0〜31557600 秒の `max_age`、および mode が none 以外では 1 つ以上の `mx` が必要です。不正なポリシーは送信側に破棄されます。',
    },
    remediation: {
      en: 'Serve lines like `version: STSv1`, `mode: enforce`, `mx: mail.example.jp`, `max_age: 1209600`, one key per line.',
      ja: '`version: STSv1`、`mode: enforce`、`mx: mail.example.jp`、`max_age: 1209600` のように 1 行に 1 項目ずつ記述してください。',
    },
  },
  'mta-sts.mx-not-covered': {
    severity: 'error',
    rfc: 'RFC 8461 §4.1',
    title: {
      en: 'An MX host is not covered by the MTA-STS policy',
      ja: 'MTA-STS ポリシーに含まれない MX ホストがある',
    },
    explanation: {
      en: 'An MX host of the domain matches none of the policy\'s `mx` patterns (a "*." pattern matches exactly one leftmost label). Under `enforce`, senders will not deliver to that host; under `testing` they report failures for it.',
      ja: 'ドメインの MX ホストのうち、ポリシーのどの `mx` パターンにも一致しないものがあります（「*.」のパターンは左端の 1 ラベルだけに一致します）。`enforce` では送信側はそのホストに配送せず、`testing` では失敗として報告します。',
    },
    remediation: {
      en: 'Add an `mx:` line for each MX host (or a "*.<parent>" pattern covering it), then change the `id` of the `_mta-sts` record.',
      ja: '各 MX ホスト（またはそれを含む「*.<親ドメイン>」パターン）の `mx:` 行を追加し、`_mta-sts` レコードの `id` を変更してください。',
    },
  },
  'mta-sts.mode-testing': {
    severity: 'info',
    rfc: 'RFC 8461 §5',
    title: { en: 'MTA-STS is in testing mode', ja: 'MTA-STS がテストモード' },
    explanation: {
      en: "The policy's mode is `testing`: senders report TLS failures (to the TLS-RPT address) but still deliver, so the policy protects nothing yet.",
      ja: 'ポリシーの mode が `testing` です。送信側は TLS の失敗を（TLS-RPT の宛先へ）報告しますが配送は続けるため、まだ保護の効果はありません。',
    },
    remediation: {
      en: "Once the TLS-RPT reports show no failures, change to `mode: enforce` and update the record's `id`.",
      ja: 'TLS-RPT の報告で失敗がないことを確認したら `mode: enforce` に変更し、レコードの `id` を更新してください。',
    },
  },
  'mta-sts.mode-none': {
    severity: 'warning',
    rfc: 'RFC 8461 §5, §8.3',
    title: { en: 'MTA-STS policy mode is none', ja: 'MTA-STS ポリシーの mode が none' },
    explanation: {
      en: "The policy's mode is `none`, which RFC 8461 §8.3 uses to withdraw a policy: senders apply no MTA-STS protection to this domain.",
      ja: 'ポリシーの mode が `none` です。RFC 8461 §8.3 ではこれはポリシーの取り下げに用いられ、送信側はこのドメインに MTA-STS の保護を適用しません。',
    },
    remediation: {
      en: 'Use `mode: testing`, then `enforce`; or, to retire MTA-STS, keep `none` until the last `max_age` has passed and then remove the record.',
      ja: '`mode: testing`、続いて `enforce` を使用してください。MTA-STS を廃止する場合は、最後の `max_age` が経過するまで `none` を維持してからレコードを削除してください。',
    },
  },
  'mta-sts.max-age-short': {
    severity: 'warning',
    rfc: 'RFC 8461 §3.2',
    title: { en: 'MTA-STS max_age is shorter than a week', ja: 'MTA-STS の max_age が 1 週間未満' },
    explanation: {
      en: 'Senders cache the policy for `max_age` seconds. RFC 8461 §3.2 expects "weeks or greater": a short value leaves senders without a cached policy, open to an attacker who blocks the refresh.',
      ja: '送信側はポリシーを `max_age` 秒間キャッシュします。RFC 8461 §3.2 は「数週間以上」を想定しており、短い値ではキャッシュが切れた送信側が、更新を妨害する攻撃者に対して無防備になります。',
    },
    remediation: {
      en: 'Set `max_age` to at least 604800 (one week); 1209600 (two weeks) or more is common.',
      ja: '`max_age` を 604800（1 週間）以上にしてください。1209600（2 週間）以上が一般的です。',
    },
  },
} as const satisfies Record<string, FindingDefinition>;
