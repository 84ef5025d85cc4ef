import { BIMI_FINDINGS } from './catalog-bimi';
import { DNSSEC_DANE_STARTTLS_FINDINGS } from './catalog-dnssec-dane-starttls';
import { MTA_STS_FINDINGS } from './catalog-mta-sts';
import { TLS_RPT_FINDINGS } from './catalog-tls-rpt';
import type { FindingDefinition } from './types';

/**
 * THE findings catalog. Ids are a public contract (exports and the API use them): never rename one;
 * retire it instead. Every entry explains itself in English and Japanese; `docs/findings.md` is
 * generated from this file (`npx tsx scripts/generate-findings-doc.ts`) and a test keeps it current.
 */
export const FINDINGS = {
  'spf.missing': {
    severity: 'warning',
    rfc: 'RFC 7208 §4.5',
    title: { en: 'No SPF record', ja: 'SPF レコードが未設定' },
    explanation: {
      en: 'The domain publishes no TXT record starting with "v=spf1", so receivers get the SPF result "none". They cannot tell mail from your servers apart from mail that forges your domain as envelope sender, and DMARC can pass only through DKIM.',
      ja: 'このドメインには「v=spf1」で始まる TXT レコードがないため、受信側の SPF 評価結果は「none」になります。正規のサーバから送られたメールと、エンベロープ送信者にこのドメインを詐称したメールとを区別できず、DMARC も DKIM によってしか合格できません。',
    },
    remediation: {
      en: 'Publish one TXT record listing every server that sends the domain\'s mail and ending in "-all", e.g. `example.jp. TXT "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all"`. A domain that sends no mail should publish `"v=spf1 -all"`.',
      ja: '送信に使用するすべてのサーバを列挙し「-all」で終わる TXT レコードを 1 件公開してください。例: `example.jp. TXT "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all"`。メールを送信しないドメインでは `"v=spf1 -all"` を公開してください。',
    },
  },
  'spf.multiple-records': {
    severity: 'error',
    rfc: 'RFC 7208 §4.5',
    title: { en: 'More than one SPF record', ja: 'SPF レコードが複数存在' },
    explanation: {
      en: 'More than one TXT record at the domain starts with "v=spf1". RFC 7208 §4.5 makes this a permanent error (permerror): receivers evaluate none of them, so no mail from the domain passes SPF.',
      ja: '「v=spf1」で始まる TXT レコードが複数公開されています。RFC 7208 §4.5 ではこれは恒久的エラー（permerror）であり、受信側はどのレコードも評価しないため、このドメインのメールはいずれも SPF に合格しません。',
    },
    remediation: {
      en: 'Merge them into a single record, e.g. `"v=spf1 include:_spf.google.com include:spf.protection.outlook.com -all"`, and delete the others.',
      ja: '1 件のレコードに統合し、他は削除してください。例: `"v=spf1 include:_spf.google.com include:spf.protection.outlook.com -all"`。',
    },
  },
  'spf.syntax-error': {
    severity: 'error',
    rfc: 'RFC 7208 §4.6',
    title: { en: 'SPF record has a syntax error', ja: 'SPF レコードの構文エラー' },
    explanation: {
      en: 'The record breaks the SPF grammar (an unknown mechanism, a misspelt qualifier, a malformed address range…). Receivers return permerror for the whole record as soon as they find a syntax error, so even your authorised servers do not pass.',
      ja: 'レコードが SPF の文法に反しています（未知の機構、限定子の誤記、不正なアドレス範囲など）。受信側は構文エラーを検出した時点でレコード全体を permerror とするため、正規のサーバからのメールも合格しません。',
    },
    remediation: {
      en: 'Correct the term named in the finding (grammar: RFC 7208 §12). Typical fixes: "ip4:" followed by an address or CIDR range, mechanisms separated by single spaces, "include:" followed by a domain name.',
      ja: '指摘された項目を修正してください（文法は RFC 7208 §12）。よくある修正例: 「ip4:」の後にアドレスまたは CIDR 範囲を書く、機構は半角スペース 1 つで区切る、「include:」の後にドメイン名を書く。',
    },
  },
  'spf.too-many-lookups': {
    severity: 'error',
    rfc: 'RFC 7208 §4.6.4',
    title: { en: 'SPF needs more than 10 DNS lookups', ja: 'SPF の DNS 参照回数が上限（10 回）を超過' },
    explanation: {
      en: 'Evaluating the record takes more than 10 DNS lookups (include, a, mx, ptr, exists and redirect each count, nested includes too). Receivers stop at the eleventh and return permerror, so SPF fails for all mail, even from authorised servers.',
      ja: 'レコードの評価に 10 回を超える DNS 参照が必要です（include、a、mx、ptr、exists、redirect はそれぞれ 1 回と数え、入れ子の include も含みます）。受信側は 11 回目で評価を打ち切って permerror とするため、正規のサーバからのメールも含めてすべて SPF に失敗します。',
    },
    remediation: {
      en: "Reduce lookups: remove includes of services no longer used, replace a and mx by ip4:/ip6: ranges, or move a service to a subdomain with its own SPF record. Re-check after each change, as providers' includes can grow.",
      ja: '参照回数を減らしてください。使用していないサービスの include を削除する、a や mx を ip4:/ip6: の範囲に置き換える、一部のサービスを独自の SPF レコードを持つサブドメインに移す、などの方法があります。事業者側の include は増えることがあるため、変更のたびに再検査してください。',
    },
  },
  'spf.too-many-void-lookups': {
    severity: 'error',
    rfc: 'RFC 7208 §4.6.4',
    title: { en: 'SPF has more than 2 void lookups', ja: 'SPF の空応答となる DNS 参照が 2 回を超過' },
    explanation: {
      en: 'More than two of the lookups the record triggers return nothing (NXDOMAIN or an empty answer). RFC 7208 §4.6.4 lets receivers return permerror beyond two, to limit abuse. A misspelt or retired include is the usual cause.',
      ja: 'レコードが引き起こす DNS 参照のうち 3 回以上が空の応答（NXDOMAIN またはデータなし）になっています。RFC 7208 §4.6.4 は悪用防止のため、2 回を超えた時点で受信側が permerror とすることを認めています。include 先の誤記や廃止が主な原因です。',
    },
    remediation: {
      en: 'Remove or correct the mechanisms that point to names that do not exist (listed in the finding).',
      ja: '存在しない名前を指している機構（指摘に記載）を削除または修正してください。',
    },
  },
  'spf.include-missing': {
    severity: 'error',
    rfc: 'RFC 7208 §5.2, §6.1',
    title: {
      en: 'An include or redirect target has no SPF record',
      ja: 'include / redirect 先に SPF レコードがない',
    },
    explanation: {
      en: 'An include: or redirect= points to a domain without an SPF record. RFC 7208 makes both a permerror (§5.2, §6.1), so the whole record fails, not just that term.',
      ja: 'include: または redirect= の参照先ドメインに SPF レコードがありません。RFC 7208 ではいずれも permerror（§5.2、§6.1）となり、その項目だけでなくレコード全体が失敗します。',
    },
    remediation: {
      en: "Correct the target's spelling, or remove the term if the service is no longer used. The provider's documentation gives its current include name.",
      ja: '参照先の綴りを修正するか、使用していないサービスであれば項目を削除してください。正しい include 名は各事業者の案内で確認できます。',
    },
  },
  'spf.include-loop': {
    severity: 'error',
    rfc: 'RFC 7208 §5.2',
    title: { en: 'SPF include/redirect loop', ja: 'SPF の include / redirect が循環' },
    explanation: {
      en: 'The include/redirect chain returns to a domain it already visited. Evaluation only ends when the 10-lookup limit is reached, so the result is permerror.',
      ja: 'include / redirect の連鎖が、既に参照したドメインに戻っています。評価は DNS 参照の上限（10 回）に達するまで終わらないため、結果は permerror になります。',
    },
    remediation: {
      en: 'Remove the term that points back into the chain; each domain needs to be included only once.',
      ja: '連鎖の途中に戻る項目を削除してください。各ドメインの include は 1 回で足ります。',
    },
  },
  'spf.ptr-mechanism': {
    severity: 'warning',
    rfc: 'RFC 7208 §5.5',
    title: { en: 'SPF uses the ptr mechanism', ja: 'SPF で ptr 機構を使用' },
    explanation: {
      en: 'The ptr mechanism is slow, unreliable and loads the reverse-DNS servers; RFC 7208 §5.5 says it should not be used, and some receivers skip it, so the servers it is meant to authorise may fail.',
      ja: 'ptr 機構は低速で信頼性が低く、逆引き DNS サーバに負荷をかけます。RFC 7208 §5.5 は使用しないよう求めており、評価を省略する受信側もあるため、許可したいサーバからのメールが失敗することがあります。',
    },
    remediation: {
      en: 'Replace ptr with the ip4:/ip6: ranges of the servers it stood for.',
      ja: 'ptr を、対象サーバの ip4:/ip6: アドレス範囲に置き換えてください。',
    },
  },
  'spf.plus-all': {
    severity: 'error',
    rfc: 'RFC 7208 §5.1',
    title: { en: 'SPF passes every sender (+all)', ja: 'SPF がすべての送信元を許可（+all）' },
    explanation: {
      en: '"+all" (or a bare "all") makes every host on the Internet pass SPF for the domain. Anyone can then obtain an SPF pass, and through SPF alignment a DMARC pass, for mail forging your domain.',
      ja: '「+all」（または限定子のない「all」）は、インターネット上のあらゆるホストをこのドメインの正規の送信元として合格させます。誰でも SPF に合格でき、SPF のアライメントを通じて DMARC にも合格したなりすましメールを送れてしまいます。',
    },
    remediation: {
      en: 'End the record with "-all" (or "~all" while you are still collecting the list of senders), e.g. `"v=spf1 include:_spf.example.net -all"`.',
      ja: 'レコードの末尾を「-all」にしてください（送信元を洗い出している間は「~all」）。例: `"v=spf1 include:_spf.example.net -all"`。',
    },
  },
  'spf.neutral-all': {
    severity: 'warning',
    rfc: 'RFC 7208 §5.1',
    title: { en: 'SPF ends neutral (?all or no all)', ja: 'SPF の末尾が中立（?all または all なし）' },
    explanation: {
      en: 'The record ends with "?all", or has no "all", so mail from unlisted servers gets "neutral": receivers treat it like mail without SPF, and the record protects nothing.',
      ja: 'レコードの末尾が「?all」であるか「all」がないため、列挙されていないサーバからのメールは「neutral」と評価されます。受信側は SPF のないメールと同様に扱うため、このレコードには防御効果がありません。',
    },
    remediation: {
      en: 'End the record with "-all" once all legitimate senders are listed ("~all" as an intermediate step).',
      ja: '正規の送信元をすべて列挙したうえで、末尾を「-all」にしてください（移行段階では「~all」）。',
    },
  },
  'spf.softfail-all': {
    severity: 'info',
    rfc: 'RFC 7208 §5.1',
    title: { en: 'SPF ends with ~all (softfail)', ja: 'SPF の末尾が ~all（ソフトフェイル）' },
    explanation: {
      en: '"~all" asks receivers to accept mail from unlisted servers but treat it as suspicious. It is a common transitional setting; when DMARC enforces quarantine or reject, DMARC decides and the difference from "-all" is small.',
      ja: '「~all」は、列挙されていないサーバからのメールを受け取りつつ疑わしいものとして扱うよう求める指定です。移行期によく用いられます。DMARC で quarantine または reject を適用していれば判断は DMARC が行うため、「-all」との差は小さくなります。',
    },
    remediation: {
      en: 'When DMARC aggregate reports show that all legitimate servers pass, consider "-all".',
      ja: 'DMARC の集約レポートで正規のサーバがすべて合格していることを確認できたら、「-all」への変更を検討してください。',
    },
  },
  'spf.terms-after-all': {
    severity: 'warning',
    rfc: 'RFC 7208 §5.1',
    title: { en: 'SPF terms after "all" are never evaluated', ja: '「all」より後の SPF 項目は評価されない' },
    explanation: {
      en: 'Evaluation stops at "all", so mechanisms after it are never tested: the servers they name are not authorised although the record appears to list them.',
      ja: '評価は「all」で終了するため、それより後の機構は一切評価されません。レコード上は列挙されているように見えても、それらのサーバは許可されていません。',
    },
    remediation: {
      en: 'Move those terms before "all", e.g. `"v=spf1 ip4:192.0.2.1 include:_spf.example.net -all"`.',
      ja: '該当する項目を「all」より前に移してください。例: `"v=spf1 ip4:192.0.2.1 include:_spf.example.net -all"`。',
    },
  },
  'spf.redirect-with-all': {
    severity: 'warning',
    rfc: 'RFC 7208 §6.1',
    title: {
      en: 'SPF redirect= is ignored because "all" is present',
      ja: '「all」があるため SPF の redirect= が無視される',
    },
    explanation: {
      en: 'RFC 7208 §6.1 ignores redirect= in a record that contains an "all" mechanism, so the servers of the redirect target are not authorised.',
      ja: 'RFC 7208 §6.1 により、「all」機構を含むレコードの redirect= は無視されます。そのため、redirect 先で許可されているサーバはこのドメインでは許可されません。',
    },
    remediation: {
      en: 'Use either "all" or redirect=, not both: to delegate, publish `"v=spf1 redirect=_spf.example.jp"`; to list servers here, replace redirect= by include:.',
      ja: '「all」と redirect= のどちらか一方にしてください。委任する場合は `"v=spf1 redirect=_spf.example.jp"` とし、ここで列挙する場合は redirect= を include: に置き換えてください。',
    },
  },
  'spf.duplicate-modifier': {
    severity: 'error',
    rfc: 'RFC 7208 §6',
    title: { en: 'SPF modifier appears more than once', ja: 'SPF の修飾子が重複' },
    explanation: {
      en: 'redirect= or exp= appears more than once. RFC 7208 §6 makes this a permerror, so the whole record fails.',
      ja: 'redirect= または exp= が複数回現れています。RFC 7208 §6 ではこれは permerror であり、レコード全体が失敗します。',
    },
    remediation: {
      en: 'Keep one instance of each modifier.',
      ja: '各修飾子は 1 回だけ記述してください。',
    },
  },
  'spf.record-too-long': {
    severity: 'warning',
    rfc: 'RFC 7208 §3.4',
    title: { en: 'SPF record longer than 450 octets', ja: 'SPF レコードが 450 オクテットを超過' },
    explanation: {
      en: 'RFC 7208 §3.4 recommends staying under 450 octets so that the DNS answer fits in 512 bytes. Larger answers need TCP or EDNS, which some resolvers and receivers handle poorly, leading to temporary errors.',
      ja: 'RFC 7208 §3.4 は、DNS 応答が 512 バイトに収まるよう 450 オクテット未満に抑えることを推奨しています。これを超える応答には TCP や EDNS が必要となり、対応が不十分なリゾルバや受信側では一時的エラーの原因になります。',
    },
    remediation: {
      en: 'Shorten the record: merge addresses into CIDR ranges, drop unused includes, or move part of it behind an include: of a subdomain.',
      ja: 'アドレスを CIDR 範囲にまとめる、使用していない include を削除する、一部をサブドメインの include: に移す、などの方法でレコードを短くしてください。',
    },
  },
  'spf.mx-too-many': {
    severity: 'error',
    rfc: 'RFC 7208 §4.6.4',
    title: {
      en: 'An SPF mx term yields more than 10 MX hosts',
      ja: 'SPF の mx 機構が 10 台を超える MX ホストを返す',
    },
    explanation: {
      en: 'An mx mechanism names a domain with more than 10 MX hosts; RFC 7208 §4.6.4 makes that a permerror.',
      ja: 'mx 機構の対象ドメインに 10 台を超える MX ホストがあります。RFC 7208 §4.6.4 ではこれは permerror です。',
    },
    remediation: {
      en: 'Replace the mx mechanism by the ip4:/ip6: ranges of the servers that actually send (MX hosts usually only receive).',
      ja: 'mx 機構を、実際に送信を行うサーバの ip4:/ip6: 範囲に置き換えてください（MX ホストは通常、受信専用です）。',
    },
  },
  'spf.rr-type-99': {
    severity: 'info',
    rfc: 'RFC 7208 §3.1',
    title: { en: 'An SPF-type (99) record is published', ja: 'SPF 型（99）のレコードを公開' },
    explanation: {
      en: 'A DNS record of type SPF (99) is published. RFC 7208 §3.1 discontinued that type and receivers read only TXT, so it is ignored and can drift out of step with the TXT record.',
      ja: 'SPF 型（タイプ 99）の DNS レコードが公開されています。RFC 7208 §3.1 でこの型は廃止され、受信側は TXT レコードしか参照しないため、このレコードは無視され、TXT レコードと内容が食い違う原因にもなります。',
    },
    remediation: {
      en: 'Delete the type-99 record and keep the TXT record.',
      ja: 'タイプ 99 のレコードを削除し、TXT レコードのみを残してください。',
    },
  },
  'spf.near-miss': {
    severity: 'info',
    rfc: 'RFC 7208 §4.5',
    title: {
      en: 'A TXT record meant as SPF is discarded',
      ja: 'SPF のつもりの TXT レコードが無視されている',
    },
    explanation: {
      en: 'A TXT record at the domain is written as an SPF record but does not begin with exactly "v=spf1" and a space: a space or quote mark comes first, the version is misspelt ("v=spf1.0", "spf1" without "v="), it stands in the middle, or it is missing. RFC 7208 §4.5 makes receivers discard such a record, so it authorizes nothing; when the domain has no other SPF record, spf.missing is reported as well, since receivers find none.',
      ja: 'ドメインの TXT レコードが SPF レコードとして書かれていますが、先頭が「v=spf1」と空白になっていません（先頭に空白や引用符がある、「v=spf1.0」や「v=」のない「spf1」のような誤記、バージョンが途中にある、バージョンがない）。RFC 7208 §4.5 により受信側はこのレコードを無視するため、何も許可されません。ほかに SPF レコードがなければ、受信側からはレコードが見つからないため spf.missing もあわせて報告します。',
    },
    remediation: {
      en: 'Publish the corrected record given in the finding in place of the discarded one: it starts with "v=spf1" and a space, with nothing before it, e.g. `example.jp. TXT "v=spf1 include:_spf.example.net -all"`. If the domain already has a valid v=spf1 record, merge the terms into it instead: one SPF record only.',
      ja: '無視されているレコードを、指摘に記載した修正後のレコードに置き換えてください。レコードは前に何も付けず「v=spf1」と空白で始めます。例: `example.jp. TXT "v=spf1 include:_spf.example.net -all"`。有効な v=spf1 レコードが既にある場合は、そちらに項目を統合してください（SPF レコードは 1 件のみ）。',
    },
  },
  'spf.misplaced': {
    severity: 'info',
    rfc: 'RFC 7208 §3.1, §4.4',
    title: {
      en: 'An SPF record is published where receivers do not look',
      ja: 'SPF レコードが受信側の参照しない場所に公開されている',
    },
    explanation: {
      en: 'The domain has no SPF record of its own, but one was found elsewhere: at _spf.<domain> (a name that counts only when a record includes it), at <domain>.<domain> (a zone-file name without its final dot, or a control panel that appended the zone to a full name), or only in the discontinued SPF record type (99). Receivers read TXT records at the domain itself only (RFC 7208 §3.1, §4.4), so for them the domain has no SPF record.',
      ja: 'このドメイン自体には SPF レコードがありませんが、別の場所で見つかりました。_spf.<ドメイン>（include で参照されたときにだけ使われる名前）、<ドメイン>.<ドメイン>（ゾーンファイルで末尾のドットを付け忘れた名前や、管理画面がゾーン名を重ねて付けた名前）、または廃止された SPF 型（99）のレコードだけ、のいずれかです。受信側はドメイン自体の TXT レコードしか参照しないため（RFC 7208 §3.1、§4.4）、このドメインには SPF レコードがないものと扱われます。',
    },
    remediation: {
      en: 'Publish a TXT record at the domain itself. For a record at _spf.example.jp, keep it as the include target and publish `example.jp. TXT "v=spf1 include:_spf.example.jp -all"`; otherwise move the record to `example.jp.` as TXT (in a zone file, end full names with a dot) and delete the misplaced copy.',
      ja: 'ドメイン自体に TXT レコードを公開してください。_spf.example.jp にあるレコードは include 先として残し、`example.jp. TXT "v=spf1 include:_spf.example.jp -all"` を公開します。それ以外の場合はレコードを `example.jp.` の TXT レコードに移し（ゾーンファイルでは完全な名前の末尾にドットを付けます）、誤った場所のレコードは削除してください。',
    },
  },
  'senderid.record': {
    severity: 'info',
    rfc: 'RFC 6686',
    title: { en: 'A Sender ID record is published', ja: 'Sender ID レコードを公開' },
    explanation: {
      en: 'The domain publishes a Sender ID record ("spf2.0/…", RFC 4406). The Sender ID experiment has ended: RFC 6686 found little deployment and RFC 4406 was moved to Historic, so receivers ignore it.',
      ja: 'Sender ID レコード（「spf2.0/…」、RFC 4406）が公開されています。Sender ID の実験は終了しており、RFC 6686 で普及していないことが確認され、RFC 4406 は Historic（歴史的文書）に移行しました。受信側はこのレコードを参照しません。',
    },
    remediation: {
      en: 'The record can be deleted; SPF (v=spf1), DKIM and DMARC protect the domain. If you keep it, make sure it does not contradict the SPF record.',
      ja: 'このレコードは削除して差し支えありません。ドメインの保護は SPF（v=spf1）、DKIM、DMARC が担います。残す場合は SPF レコードと矛盾しないようにしてください。',
    },
  },
  'dkim.none-found': {
    severity: 'warning',
    rfc: 'RFC 6376 §3.6.2.1',
    title: { en: 'No DKIM key found', ja: 'DKIM 公開鍵が見つからない' },
    explanation: {
      en: 'No DKIM public key was found at any selector Kensa tried: its list of common provider selectors plus those configured for this domain. Without DKIM, DMARC can pass only through SPF, which breaks when mail is forwarded. A key at a selector Kensa does not know cannot be detected, so check this finding against your mail service.',
      ja: 'Kensa が調べたセレクタ（主要な事業者が使うセレクタの一覧と、このドメインに設定されたセレクタ）には DKIM 公開鍵が見つかりませんでした。DKIM がないと DMARC は SPF でしか合格できず、転送されたメールは失敗します。Kensa が知らないセレクタに公開された鍵は検出できないため、メールサービスの設定と照らし合わせて確認してください。',
    },
    remediation: {
      en: 'If the domain signs its mail, add its selectors to the domain settings (the s= value in the DKIM-Signature header of a sent message). If not, enable DKIM signing at your mail service and publish its key, e.g. `selector1._domainkey.example.jp. TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkq…"`.',
      ja: 'メールに署名している場合は、そのセレクタ（送信済みメールの DKIM-Signature ヘッダの s= の値）をドメイン設定に追加してください。署名していない場合は、メールサービスで DKIM 署名を有効にし、公開鍵を公開してください。例: `selector1._domainkey.example.jp. TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkq…"`。',
    },
  },
  'dkim.key-too-short': {
    severity: 'error',
    rfc: 'RFC 8301 §3.2',
    title: { en: 'DKIM RSA key shorter than 1024 bits', ja: 'DKIM の RSA 鍵長が 1024 ビット未満' },
    explanation: {
      en: 'The RSA key has fewer than 1024 bits. Such keys can be factored with modest resources, and RFC 8301 §3.2 requires verifiers to reject signatures made with them, so mail signed with this key gets no DKIM pass.',
      ja: 'RSA 鍵の長さが 1024 ビット未満です。この長さの鍵は比較的少ない計算資源で素因数分解でき、RFC 8301 §3.2 は検証者にこの鍵による署名を不合格とするよう求めています。この鍵で署名したメールは DKIM に合格しません。',
    },
    remediation: {
      en: 'Generate a 2048-bit RSA key, publish it under a new selector, switch signing to it, then revoke the old selector by publishing `"v=DKIM1; p="` there.',
      ja: '2048 ビットの RSA 鍵を生成して新しいセレクタで公開し、署名をその鍵に切り替えた後、旧セレクタに `"v=DKIM1; p="` を公開して失効させてください。',
    },
  },
  'dkim.key-1024': {
    severity: 'warning',
    rfc: 'RFC 8301 §3.2',
    title: { en: 'DKIM RSA key of 1024–2047 bits', ja: 'DKIM の RSA 鍵長が 1024〜2047 ビット' },
    explanation: {
      en: 'The key still verifies, but RFC 8301 §3.2 asks signers to use at least 2048 bits: 1024-bit RSA is within reach of well-resourced attackers, who could then sign mail as your domain.',
      ja: '現在も検証には使えますが、RFC 8301 §3.2 は署名者に 2048 ビット以上の鍵を使うよう求めています。1024 ビットの RSA は十分な資源を持つ攻撃者には解読可能な範囲にあり、解読されるとこのドメインとして署名したメールを送られるおそれがあります。',
    },
    remediation: {
      en: 'Rotate to a 2048-bit key under a new selector (a TXT value this long is split into strings of at most 255 characters), then revoke the old one.',
      ja: '新しいセレクタで 2048 ビットの鍵に切り替え、旧鍵を失効させてください（この長さの TXT 値は 255 文字以下の文字列に分割して登録します）。',
    },
  },
  'dkim.testing': {
    severity: 'warning',
    rfc: 'RFC 6376 §3.6.1',
    title: { en: 'DKIM key in testing mode (t=y)', ja: 'DKIM 鍵がテストモード（t=y）' },
    explanation: {
      en: 'The key carries t=y ("this domain is testing DKIM"). RFC 6376 §3.6.1 says verifiers must not treat mail signed in testing mode differently from unsigned mail, so these signatures may give your mail no benefit.',
      ja: '鍵に t=y（このドメインは DKIM を試験中）が付いています。RFC 6376 §3.6.1 は、テストモードで署名されたメールを署名のないメールと区別して扱ってはならないと定めているため、この署名は効果を持たない場合があります。',
    },
    remediation: {
      en: 'Once signing works, remove t=y: `"v=DKIM1; k=rsa; p=…"`.',
      ja: '署名が正常に機能していることを確認したら、t=y を削除してください: `"v=DKIM1; k=rsa; p=…"`。',
    },
  },
  'dkim.revoked': {
    severity: 'info',
    rfc: 'RFC 6376 §3.6.1',
    title: { en: 'DKIM key revoked (empty p=)', ja: 'DKIM 鍵が失効済み（p= が空）' },
    explanation: {
      en: 'The record has an empty p=, meaning the key was withdrawn; signatures naming this selector fail. This is the correct way to retire a key after rotation.',
      ja: 'p= が空であり、この鍵は失効しています。このセレクタを指定した署名は検証に失敗します。鍵の切り替え後に旧鍵を廃止する正しい方法です。',
    },
    remediation: {
      en: 'Nothing to do if the selector is retired. If mail is still signed with it, move the signer to a selector with a current key.',
      ja: '廃止したセレクタであれば対応は不要です。まだこのセレクタで署名している場合は、有効な鍵を持つセレクタに署名を切り替えてください。',
    },
  },
  'dkim.key-invalid': {
    severity: 'error',
    rfc: 'RFC 6376 §3.6.1',
    title: { en: 'DKIM key record cannot be used', ja: 'DKIM 鍵レコードが利用できない' },
    explanation: {
      en: 'Verifiers cannot use this key record; the finding names the fault (p= missing or not a key, a wrong v=, an unknown k=, a service type that excludes e-mail, a repeated tag…). Mail signed with this selector gets no DKIM pass.',
      ja: 'この鍵レコードは検証に使用できません。原因は指摘に記載しています（p= がない、または鍵として解釈できない、v= の誤り、未知の k=、電子メールを対象外とするサービス種別、タグの重複など）。このセレクタで署名したメールは DKIM に合格しません。',
    },
    remediation: {
      en: 'Republish the record exactly as your mail service provides it, e.g. `"v=DKIM1; k=rsa; p=MIIBIjANBgkq…"` (an RSA SubjectPublicKeyInfo in base64) or `"v=DKIM1; k=ed25519; p=<the 32-byte key in base64>"` (RFC 8463).',
      ja: 'メールサービスが提示するとおりにレコードを公開し直してください。例: `"v=DKIM1; k=rsa; p=MIIBIjANBgkq…"`（RSA の SubjectPublicKeyInfo を base64 化したもの）、または `"v=DKIM1; k=ed25519; p=<32 バイトの鍵を base64 化したもの>"`（RFC 8463）。',
    },
  },
  'dkim.sha1-only': {
    severity: 'error',
    rfc: 'RFC 8301 §3.1',
    title: { en: 'DKIM key allows only SHA-1', ja: 'DKIM 鍵が SHA-1 のみを許可' },
    explanation: {
      en: 'h= allows only SHA-1. RFC 8301 §3.1 forbids signing with rsa-sha1 and tells verifiers not to accept it, so no signature made with this key can pass.',
      ja: 'h= が SHA-1 のみを許可しています。RFC 8301 §3.1 は rsa-sha1 による署名を禁止し、検証者にも受け入れないよう求めているため、この鍵による署名はいずれも合格しません。',
    },
    remediation: {
      en: 'Remove h= (all algorithms allowed) or set `h=sha256`, and make sure the signer uses rsa-sha256.',
      ja: 'h= を削除する（すべてのアルゴリズムを許可）か `h=sha256` とし、署名側が rsa-sha256 を使用していることを確認してください。',
    },
  },
  'dkim.misplaced': {
    severity: 'info',
    rfc: 'RFC 6376 §3.6.2.1',
    title: {
      en: 'A DKIM key is published without a selector',
      ja: 'DKIM 公開鍵がセレクタなしで公開されている',
    },
    explanation: {
      en: 'A DKIM key record is published at _domainkey.<domain> itself. Verifiers fetch a key from <selector>._domainkey.<domain>, with the selector (s=) of each signature (RFC 6376 §3.6.2.1), and a selector cannot be empty, so no signature can ever use this key.',
      ja: 'DKIM 公開鍵のレコードが _domainkey.<ドメイン> そのものに公開されています。検証側は各署名のセレクタ（s=）を使って <セレクタ>._domainkey.<ドメイン> から公開鍵を取得し（RFC 6376 §3.6.2.1）、セレクタは空にできないため、どの署名もこの鍵を使えません。',
    },
    remediation: {
      en: 'Publish the key at the selector your signing service uses (the s= value of your DKIM-Signature headers), e.g. `selector1._domainkey.example.jp. TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkq…"`, then delete the record at `_domainkey.example.jp.`.',
      ja: '署名に使っているセレクタ（DKIM-Signature ヘッダの s= の値）に公開鍵を公開し、その後 `_domainkey.example.jp.` のレコードを削除してください。例: `selector1._domainkey.example.jp. TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkq…"`。',
    },
  },
  'adsp.present': {
    severity: 'info',
    rfc: 'RFC 5617 (Historic)',
    title: { en: 'An ADSP record is published (Historic)', ja: 'ADSP レコードを公開（Historic）' },
    explanation: {
      en: 'The domain publishes an ADSP record at _adsp._domainkey. ADSP was moved to Historic in 2013 and major receivers no longer implement it; DMARC replaced it.',
      ja: '_adsp._domainkey に ADSP レコードが公開されています。ADSP は 2013 年に Historic（歴史的文書）へ移行し、主要な受信側はもう実装していません。後継は DMARC です。',
    },
    remediation: {
      en: 'Remove the record and express your policy with DMARC, e.g. `_dmarc.example.jp. TXT "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.jp"`.',
      ja: 'レコードを削除し、ポリシーは DMARC で表明してください。例: `_dmarc.example.jp. TXT "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.jp"`。',
    },
  },
  'adsp.invalid': {
    severity: 'warning',
    rfc: 'RFC 5617 §4.2.1',
    title: { en: 'ADSP record is invalid', ja: 'ADSP レコードが不正' },
    explanation: {
      en: 'The ADSP record is malformed (no dkim= tag, a value other than unknown/all/discardable, or several records). RFC 5617 tells receivers to ignore such records.',
      ja: 'ADSP レコードの形式が不正です（dkim= タグがない、値が unknown / all / discardable 以外、またはレコードが複数ある）。RFC 5617 は、このようなレコードを無視するよう受信側に求めています。',
    },
    remediation: {
      en: 'Delete the record (ADSP is Historic). If it must stay, publish exactly one `"dkim=unknown"`.',
      ja: 'レコードを削除してください（ADSP は Historic です）。残す必要がある場合は `"dkim=unknown"` を 1 件だけ公開してください。',
    },
  },
  'adsp.discardable-without-dkim': {
    severity: 'warning',
    rfc: 'RFC 5617 §4.2.1',
    title: {
      en: 'ADSP says all mail is signed but no DKIM key was found',
      ja: 'ADSP で全メールへの署名を宣言しているが DKIM 鍵が見つからない',
    },
    explanation: {
      en: 'ADSP declares that all mail is signed (dkim=all) or should be discarded when it is not (dkim=discardable), but Kensa found no DKIM key. Receivers that still honour ADSP may distrust or discard your mail. Kensa probes common selectors only, so a key elsewhere may exist.',
      ja: 'ADSP で、すべてのメールに署名している（dkim=all）、または署名のないメールは破棄してよい（dkim=discardable）と宣言していますが、DKIM 鍵が見つかりませんでした。ADSP を今も参照する受信側では、メールが不審扱いまたは破棄されるおそれがあります。Kensa は一般的なセレクタのみを調べるため、別のセレクタに鍵がある可能性もあります。',
    },
    remediation: {
      en: 'Remove the ADSP record. If the domain does sign, add its selector to the domain settings so the check sees the key.',
      ja: 'ADSP レコードを削除してください。実際に署名している場合は、鍵を確認できるようセレクタをドメイン設定に追加してください。',
    },
  },
  'dmarc.missing': {
    severity: 'warning',
    rfc: 'RFC 7489 §6.6.3',
    title: { en: 'No DMARC record', ja: 'DMARC レコードが未設定' },
    explanation: {
      en: 'Neither the domain nor its organizational domain publishes a DMARC record at _dmarc (one that starts with "v=DMARC1"). Receivers apply no DMARC policy to mail that forges the domain in the From: header, and you receive no reports on who sends as your domain.',
      ja: 'このドメインにもその組織ドメインにも、_dmarc に DMARC レコード（「v=DMARC1」で始まるもの）が公開されていません。From: ヘッダでこのドメインを詐称したメールに対して受信側は DMARC ポリシーを適用できず、このドメインを名乗って誰が送信しているかのレポートも届きません。',
    },
    remediation: {
      en: 'Start with a monitoring record, e.g. `_dmarc.example.jp. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.jp"`, and move to p=quarantine, then p=reject, once the reports show that all legitimate mail passes.',
      ja: 'まず監視用のレコードを公開し（例: `_dmarc.example.jp. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.jp"`）、レポートで正規のメールがすべて合格していることを確認したうえで、p=quarantine、さらに p=reject へ移行してください。',
    },
  },
  'dmarc.multiple-records': {
    severity: 'error',
    rfc: 'RFC 7489 §6.6.3',
    title: { en: 'More than one DMARC record', ja: 'DMARC レコードが複数存在' },
    explanation: {
      en: 'More than one TXT record at _dmarc starts with "v=DMARC1". RFC 7489 §6.6.3 (and RFC 9989 after it) tells receivers to discard them all, so no DMARC policy applies to the domain.',
      ja: '_dmarc に「v=DMARC1」で始まる TXT レコードが複数あります。RFC 7489 §6.6.3（および後継の RFC 9989）は、この場合すべてを破棄するよう受信側に求めているため、このドメインには DMARC ポリシーが適用されません。',
    },
    remediation: {
      en: 'Merge them into one record and delete the others.',
      ja: '1 件のレコードに統合し、他は削除してください。',
    },
  },
  'dmarc.syntax-error': {
    severity: 'error',
    rfc: 'RFC 7489 §6.4; RFC 9989 §4.8',
    title: { en: 'DMARC record has a syntax error', ja: 'DMARC レコードの構文エラー' },
    explanation: {
      en: 'Part of the record breaks the DMARC grammar (an unknown value, a malformed report address, a repeated tag…). Receivers replace invalid values with defaults, and ignore the whole record when the tag list is broken, so what is applied may differ from what you intended.',
      ja: 'レコードの一部が DMARC の文法に反しています（未知の値、不正なレポート送付先、タグの重複など）。受信側は不正な値を既定値に置き換え、タグの並びが壊れている場合はレコード全体を無視するため、意図したポリシーが適用されない可能性があります。',
    },
    remediation: {
      en: 'Fix the part named in the finding. A well-formed record: `"v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.jp"`. p, sp and np take none, quarantine or reject; adkim and aspf take r or s; report addresses are mailto: URIs separated by commas.',
      ja: '指摘された箇所を修正してください。正しい形式の例: `"v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.jp"`。p・sp・np の値は none / quarantine / reject、adkim・aspf の値は r または s、レポート送付先はカンマで区切った mailto: 形式の URI です。',
    },
  },
  'dmarc.policy-none': {
    severity: 'warning',
    rfc: 'RFC 7489 §6.3',
    title: { en: 'DMARC policy is none (monitoring only)', ja: 'DMARC ポリシーが none（監視のみ）' },
    explanation: {
      en: 'The policy that applies to this domain is "none": receivers report on mail that fails DMARC but do not act on it. It is the right first step for collecting reports, but it does not stop spoofing.',
      ja: 'このドメインに適用されるポリシーは「none」です。受信側は DMARC に失敗したメールをレポートするだけで、隔離や拒否は行いません。レポート収集の第一段階としては適切ですが、なりすましは防げません。',
    },
    remediation: {
      en: 'Once aggregate reports show that all legitimate mail passes, raise the policy: `"v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.jp"`, then p=reject.',
      ja: '集約レポートで正規のメールがすべて合格していることを確認したら、ポリシーを引き上げてください: `"v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.jp"`、その後 p=reject。',
    },
  },
  'dmarc.subdomain-policy-none': {
    severity: 'warning',
    rfc: 'RFC 7489 §6.3; RFC 9989 §4.7',
    title: {
      en: 'DMARC subdomain policy is none (sp=none or np=none)',
      ja: 'DMARC のサブドメインポリシーが none（sp=none または np=none）',
    },
    explanation: {
      en: 'The organizational domain enforces p=quarantine or p=reject, but sp=none exempts its subdomains, or np=none (RFC 9989) its non-existent subdomains. Attackers can then spoof addresses such as anything.example.jp, which recipients trust as much as the domain itself.',
      ja: '組織ドメインでは p=quarantine または p=reject を適用していますが、sp=none によりサブドメインが、または np=none（RFC 9989）により存在しないサブドメインが対象外になっています。攻撃者は anything.example.jp のようなアドレスを詐称でき、受信者はそれを本来のドメインと同様に信頼してしまいます。',
    },
    remediation: {
      en: 'Remove sp= and np= (they default to p) or set them to quarantine or reject, e.g. `"v=DMARC1; p=reject; sp=reject; np=reject; rua=mailto:dmarc-reports@example.jp"`. A subdomain that needs another policy can publish its own _dmarc record.',
      ja: 'sp= と np= を削除する（既定値は p と同じ）か、quarantine または reject にしてください。例: `"v=DMARC1; p=reject; sp=reject; np=reject; rua=mailto:dmarc-reports@example.jp"`。別のポリシーが必要なサブドメインには、そのサブドメイン自身の _dmarc レコードを公開してください。',
    },
  },
  'dmarc.pct-partial': {
    severity: 'warning',
    rfc: 'RFC 7489 §6.3',
    title: {
      en: 'DMARC policy applies to only part of the mail (pct<100)',
      ja: 'DMARC ポリシーの適用が一部のメールのみ（pct<100）',
    },
    explanation: {
      en: "pct below 100 applies quarantine or reject to only that share of failing mail; the rest is handled one level lower (RFC 7489 §6.6.4). RFC 9989, DMARC's successor, removed pct and its receivers ignore it, so the outcome now differs from receiver to receiver.",
      ja: 'pct が 100 未満のため、quarantine または reject は DMARC に失敗したメールのうちその割合にしか適用されず、残りは 1 段階緩い扱いになります（RFC 7489 §6.6.4）。後継の RFC 9989 では pct が廃止され、これに準拠する受信側は pct を無視するため、受信側によって結果が異なります。',
    },
    remediation: {
      en: 'Remove pct= (or set pct=100) once you are confident. To test a policy under RFC 9989, use t=y instead.',
      ja: '確認が済んだら pct= を削除する（または pct=100 にする）ことをお勧めします。RFC 9989 のもとでポリシーを試験する場合は t=y を使用してください。',
    },
  },
  'dmarc.testing': {
    severity: 'warning',
    rfc: 'RFC 9989 §4.7',
    title: { en: 'DMARC policy in test mode (t=y)', ja: 'DMARC ポリシーがテストモード（t=y）' },
    explanation: {
      en: 't=y asks receivers not to apply the quarantine or reject policy yet and to handle failing mail one level lower (RFC 9989 §4.7). The domain is not fully protected while it is set.',
      ja: 't=y は、quarantine や reject のポリシーをまだ適用せず、失敗したメールを 1 段階緩く扱うよう受信側に求める指定です（RFC 9989 §4.7）。この指定がある間、ドメインは十分に保護されません。',
    },
    remediation: {
      en: 'Remove t=y when testing is finished.',
      ja: '試験が終わったら t=y を削除してください。',
    },
  },
  'dmarc.no-rua': {
    severity: 'info',
    rfc: 'RFC 7489 §6.3',
    title: {
      en: 'DMARC requests no aggregate reports (no rua=)',
      ja: 'DMARC 集約レポートの送付先（rua=）が未指定',
    },
    explanation: {
      en: 'Without rua=, receivers send no aggregate reports, so you cannot see which servers send as your domain or whether legitimate mail passes, which is what you need to know before moving safely to p=reject.',
      ja: 'rua= がないため、受信側は集約レポートを送信しません。どのサーバがこのドメインとして送信しているか、正規のメールが合格しているかを把握できず、p=reject へ安全に移行するための判断材料が得られません。',
    },
    remediation: {
      en: 'Add a mailbox you read, or a report-processing service: `rua=mailto:dmarc-reports@example.jp`.',
      ja: '確認できるメールボックス、またはレポート集計サービスのアドレスを追加してください: `rua=mailto:dmarc-reports@example.jp`。',
    },
  },
  'dmarc.rua-unauthorized': {
    severity: 'warning',
    rfc: 'RFC 7489 §7.1',
    title: {
      en: 'External DMARC report destination is not authorized',
      ja: '外部の DMARC レポート送付先が受信を承認していない',
    },
    explanation: {
      en: 'A report address (rua or ruf) belongs to another organizational domain, which does not publish the authorization record RFC 7489 §7.1 requires (<your domain>._report._dmarc.<destination> TXT "v=DMARC1"). Receivers send no reports there.',
      ja: 'レポート送付先（rua または ruf）が別の組織ドメインに属していますが、そのドメインは RFC 7489 §7.1 が求める承認レコード（<このドメイン>._report._dmarc.<送付先ドメイン> TXT "v=DMARC1"）を公開していません。受信側はその送付先にレポートを送りません。',
    },
    remediation: {
      en: 'Ask the destination\'s operator to publish `example.jp._report._dmarc.reports.example.net. TXT "v=DMARC1"` (or a `*._report._dmarc` wildcard), or use an address in your own domain.',
      ja: '送付先の運用者に `example.jp._report._dmarc.reports.example.net. TXT "v=DMARC1"`（またはワイルドカード `*._report._dmarc`）の公開を依頼するか、自ドメインのアドレスを使用してください。',
    },
  },
  'dmarc.inherited': {
    severity: 'info',
    rfc: 'RFC 7489 §6.6.3',
    title: {
      en: 'DMARC policy inherited from the organizational domain',
      ja: '組織ドメインの DMARC ポリシーを継承',
    },
    explanation: {
      en: "The domain has no DMARC record of its own, so receivers use its organizational domain's record and apply its sp= (np= if the domain does not exist). This is normal for subdomains.",
      ja: 'このドメインには独自の DMARC レコードがないため、受信側は組織ドメインのレコードを参照し、その sp=（ドメインが存在しない場合は np=）を適用します。サブドメインでは通常の構成です。',
    },
    remediation: {
      en: "Nothing to do if the organizational domain's sp= suits this domain. Publish its own _dmarc record if it needs a different policy or reporting.",
      ja: '組織ドメインの sp= がこのドメインに適していれば対応は不要です。異なるポリシーやレポート設定が必要な場合は、このドメイン自身の _dmarc レコードを公開してください。',
    },
  },
  'dmarc.near-miss': {
    severity: 'info',
    rfc: 'RFC 7489 §6.6.3',
    title: {
      en: 'A TXT record meant as DMARC is discarded',
      ja: 'DMARC のつもりの TXT レコードが無視されている',
    },
    explanation: {
      en: 'A TXT record at _dmarc holds a DMARC policy but does not start with "v=DMARC1": another tag comes first, the version is misspelt ("v=dmarc1" — DMARC1 is case-sensitive — or no ";" after it), a space or quote mark comes first, or the version is missing. RFC 7489 §6.6.3 makes receivers discard records that do not start with v=DMARC1, so its policy is never applied: the domain is reported as dmarc.missing too, unless its organizational domain\'s record applies instead.',
      ja: '_dmarc の TXT レコードに DMARC ポリシーが書かれていますが、「v=DMARC1」で始まっていません（別のタグが先にある、「v=dmarc1」のような誤記（DMARC1 は大文字小文字を区別します）や直後の「;」の欠落、先頭の空白や引用符、バージョンの欠落）。RFC 7489 §6.6.3 により受信側は v=DMARC1 で始まらないレコードを破棄するため、このポリシーは適用されません。組織ドメインのレコードが代わりに適用される場合を除き、dmarc.missing もあわせて報告します。',
    },
    remediation: {
      en: 'Publish the corrected record given in the finding in place of the discarded one, with v=DMARC1 first and nothing before it, e.g. `_dmarc.example.jp. TXT "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.jp"`.',
      ja: '無視されているレコードを、指摘に記載した修正後のレコードに置き換えてください。v=DMARC1 を先頭に置き、その前には何も付けません。例: `_dmarc.example.jp. TXT "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.jp"`。',
    },
  },
  'dmarc.misplaced': {
    severity: 'info',
    rfc: 'RFC 7489 §6.1',
    title: {
      en: 'A DMARC record is published where receivers do not look',
      ja: 'DMARC レコードが受信側の参照しない場所に公開されている',
    },
    explanation: {
      en: 'No DMARC policy applies to the domain, but a v=DMARC1 record was found at a wrong name: at the domain itself, at dmarc.<domain> (without the underscore), or at _dmarc.<domain>.<domain> (a zone-file name without its final dot, or a control panel that appended the zone to a full name). Receivers read only _dmarc.<domain> (RFC 7489 §6.1), so the policy is never applied.',
      ja: 'このドメインに適用される DMARC ポリシーはありませんが、誤った名前に v=DMARC1 のレコードが見つかりました。ドメイン自体、dmarc.<ドメイン>（アンダースコアなし）、または _dmarc.<ドメイン>.<ドメイン>（ゾーンファイルで末尾のドットを付け忘れた名前や、管理画面がゾーン名を重ねて付けた名前）のいずれかです。受信側は _dmarc.<ドメイン> しか参照しないため（RFC 7489 §6.1）、このポリシーは適用されません。',
    },
    remediation: {
      en: 'Publish the same record at `_dmarc.example.jp.` and delete the misplaced one. In a zone file, end full names with a dot; in a control panel, enter only `_dmarc` as the host name.',
      ja: '同じレコードを `_dmarc.example.jp.` に公開し、誤った場所のレコードは削除してください。ゾーンファイルでは完全な名前の末尾にドットを付け、管理画面ではホスト名に `_dmarc` だけを入力してください。',
    },
  },
  'dmarc.unapproved-source': {
    severity: 'warning',
    rfc: 'RFC 7489 §7.2',
    title: {
      en: 'DMARC reports show mail from sources not approved for the domain',
      ja: 'DMARC レポートに未承認の送信元からのメールがある',
    },
    explanation: {
      en: "Receivers' DMARC aggregate reports of the last 30 days count at least 10 messages with this domain in From: from an address no administrator has marked as an expected sender. It may be a service someone started using (a newsletter, a ticketing system) that must be authorised before p=reject, or someone forging the domain.",
      ja: '過去 30 日間に受信側から届いた DMARC 集計レポートで、このドメインを From: に使ったメールが、管理者が想定送信元として承認していないアドレスから 10 通以上送られています。誰かが利用を始めたサービス（メールマガジン、問い合わせ管理など）で p=reject の前に認可が必要なものか、ドメインの詐称の可能性があります。',
    },
    remediation: {
      en: "Review the sources on the domain's DMARC reports panel. Approve the ones that are yours (and make them pass SPF or DKIM aligned: add them to the SPF record or have them sign with a key at your domain); the others are forgeries that p=quarantine or p=reject stops.",
      ja: 'ドメインの DMARC レポート欄で送信元を確認してください。自組織のものは承認し、SPF または DKIM でアライメントが取れるように設定します（SPF レコードへの追加、自ドメインの鍵による署名）。それ以外は詐称であり、p=quarantine または p=reject で防げます。',
    },
  },
  'mx.null-mx-with-other': {
    severity: 'error',
    rfc: 'RFC 7505 §3',
    title: { en: 'Null MX published next to other MX records', ja: 'ヌル MX と他の MX レコードが併存' },
    explanation: {
      en: 'The domain publishes a Null MX ("0 .", "this domain accepts no mail") together with other MX records. RFC 7505 §3 forbids the mix; senders may bounce mail at once or try the other hosts, so delivery is unpredictable.',
      ja: 'ヌル MX（「0 .」、このドメインはメールを受け取らないという宣言）と他の MX レコードが同時に公開されています。RFC 7505 §3 はこの併存を禁じています。送信側によって即時に不達とするか他のホストへ配送するかが異なり、配送結果が予測できません。',
    },
    remediation: {
      en: 'If the domain receives mail, delete the "0 ." record; if it does not, keep only `example.jp. MX 0 .`.',
      ja: 'メールを受信するドメインであれば「0 .」のレコードを削除し、受信しないドメインであれば `example.jp. MX 0 .` のみを残してください。',
    },
  },
  'mx.none': {
    severity: 'info',
    rfc: 'RFC 5321 §5.1',
    title: { en: 'No MX records', ja: 'MX レコードがない' },
    explanation: {
      en: 'Without MX records, senders deliver to the domain\'s own A/AAAA address if it has one ("implicit MX", RFC 5321 §5.1). For a domain that accepts no mail, a Null MX says so explicitly and lets senders fail at once.',
      ja: 'MX レコードがない場合、送信側はドメイン自体の A / AAAA アドレスがあればそこへ配送します（暗黙の MX、RFC 5321 §5.1）。メールを受け取らないドメインでは、ヌル MX を公開すればそのことを明示でき、送信側は即座に配送を断念できます。',
    },
    remediation: {
      en: 'Publish MX records for a domain that receives mail; for one that does not, publish `example.jp. MX 0 .` (RFC 7505).',
      ja: 'メールを受信するドメインでは MX レコードを公開し、受信しないドメインでは `example.jp. MX 0 .`（RFC 7505）を公開してください。',
    },
  },
  'parked.spf-not-reject': {
    severity: 'warning',
    rfc: 'RFC 7208 §10.1.2',
    title: { en: 'Non-sending domain lacks "v=spf1 -all"', ja: '送信しないドメインに「v=spf1 -all」がない' },
    explanation: {
      en: 'The domain sends no mail (it publishes a Null MX or is marked parked), but its SPF record does not fail every sender. Unused domains are attractive for spoofing; a record that authorises no one makes forged mail fail SPF.',
      ja: 'このドメインはメールを送信しません（ヌル MX を公開している、または未使用と登録されている）が、SPF レコードがすべての送信元を不合格にする内容になっていません。未使用のドメインはなりすましに悪用されやすく、どの送信元も許可しないレコードを公開すれば、詐称メールは SPF に失敗します。',
    },
    remediation: {
      en: 'Publish exactly `example.jp. TXT "v=spf1 -all"`.',
      ja: '`example.jp. TXT "v=spf1 -all"` のみを公開してください。',
    },
  },
  'parked.dmarc-not-reject': {
    severity: 'warning',
    rfc: 'RFC 7489 §6.3',
    title: {
      en: 'Non-sending domain lacks DMARC p=reject',
      ja: '送信しないドメインの DMARC が p=reject でない',
    },
    explanation: {
      en: 'The domain sends no mail, but the DMARC policy that applies to it does not reject all failing mail (no record, p=none or quarantine, pct below 100, or t=y). No legitimate mail can fail, so reject carries no risk.',
      ja: 'このドメインはメールを送信しませんが、適用される DMARC ポリシーが失敗したメールをすべて拒否する設定になっていません（レコードがない、p=none または quarantine、pct が 100 未満、t=y のいずれか）。正規のメールが失敗することはないため、reject にしても支障はありません。',
    },
    remediation: {
      en: 'Publish `_dmarc.example.jp. TXT "v=DMARC1; p=reject; sp=reject; rua=mailto:dmarc-reports@example.jp"` (rua= is optional).',
      ja: '`_dmarc.example.jp. TXT "v=DMARC1; p=reject; sp=reject; rua=mailto:dmarc-reports@example.jp"` を公開してください（rua= は任意）。',
    },
  },
  'dns.resolver-unreachable': {
    severity: 'warning',
    rfc: 'RFC 2308 §7',
    title: {
      en: "Kensa's DNS resolver was unreachable; this domain's checks are unknown",
      ja: 'Kensa の DNS リゾルバに到達できず、このドメインの検査結果は不明',
    },
    explanation: {
      en: "Kensa's own resolver stopped answering during this scan, so its lookups for this domain were not made or not answered. This says nothing about the domain: no record is reported missing, and the checks that needed DNS are marked incomplete.",
      ja: 'この検査中に Kensa 自身の DNS リゾルバが応答しなくなったため、このドメインの問い合わせは送信されないか、応答がありませんでした。これはドメイン側の問題を示すものではありません。レコードを「なし」とはせず、DNS を要する検査は未完了として扱います。',
    },
    remediation: {
      en: "Check the DNS servers Kensa uses (KENSA_DNS_SERVERS or the system's resolv.conf), then scan again.",
      ja: 'Kensa が使用する DNS サーバ（KENSA_DNS_SERVERS またはシステムの resolv.conf）を確認してから、再度検査を実行してください。',
    },
  },
  'dns.temporary-failure': {
    severity: 'warning',
    rfc: 'RFC 2308 §7',
    title: {
      en: 'A DNS lookup failed temporarily; some checks are unknown',
      ja: 'DNS 問い合わせが一時的に失敗（一部の検査結果は不明）',
    },
    explanation: {
      en: 'A DNS query ended in SERVFAIL, REFUSED or a timeout. Kensa does not guess: checks that depend on it are marked incomplete instead of reporting records as missing. Failures that persist usually mean a broken or unreachable name server, which also makes receivers defer or misjudge your mail.',
      ja: 'DNS 問い合わせが SERVFAIL、REFUSED またはタイムアウトで終了しました。Kensa は推測による判定を行わず、これに依存する検査は「レコードなし」とはせず未完了として扱います。失敗が続く場合はネームサーバの障害や到達不能が考えられ、受信側でもメールの受け取り保留や誤判定の原因になります。',
    },
    remediation: {
      en: 'Run the scan again. If the failure persists, check that every name server of the zone answers, that they answer alike, and that DNSSEC signatures are valid.',
      ja: '再度検査を実行してください。失敗が続く場合は、ゾーンのすべてのネームサーバが応答すること、応答内容が一致していること、DNSSEC 署名が有効であることを確認してください。',
    },
  },
  // The transport and brand checks (issue 15), one file each to keep this one readable.
  ...MTA_STS_FINDINGS,
  ...TLS_RPT_FINDINGS,
  ...BIMI_FINDINGS,
  ...DNSSEC_DANE_STARTTLS_FINDINGS,
} as const satisfies Record<string, FindingDefinition>;

export type FindingId = keyof typeof FINDINGS;
