import type { FindingDefinition } from './types';

/**
 * The DNSSEC, DANE and STARTTLS entries of the findings catalog (issue 15), kept apart so catalog.ts
 * stays readable; catalog.ts spreads them into FINDINGS, the one catalog.
 */
export const DNSSEC_DANE_STARTTLS_FINDINGS = {
  'dnssec.unsigned': {
    severity: 'warning',
    rfc: 'RFC 4035 §4.3',
    title: { en: 'The domain is not signed with DNSSEC', ja: 'ドメインが DNSSEC で署名されていない' },
    explanation: {
      en: "A validating resolver finds the domain's answers provably unsigned (insecure). Anyone who can tamper with DNS on the way — a poisoned cache, a hijacked network — can change its MX, SPF or DMARC records without receivers noticing, and DANE cannot be used for its mail.",
      ja: '検証リゾルバから見て、このドメインの応答は署名されていない（insecure）ことが確定しています。キャッシュポイズニングや経路上の改ざんによって MX・SPF・DMARC などのレコードが書き換えられても受信側は気付けず、メールに DANE を使うこともできません。',
    },
    remediation: {
      en: "Turn on DNSSEC signing at the zone's DNS provider (most sign automatically), then publish the DS record it gives at the registrar, e.g. `example.jp. DS 12345 13 2 <digest>`.",
      ja: 'ゾーンの DNS 事業者で DNSSEC 署名を有効にし（多くは自動署名に対応）、発行された DS レコード（例: `example.jp. DS 12345 13 2 <ダイジェスト>`）をレジストラ経由で登録してください。',
    },
  },
  'dnssec.bogus': {
    severity: 'error',
    rfc: 'RFC 4035 §5.5',
    title: {
      en: "The domain's DNSSEC validation fails (bogus)",
      ja: 'ドメインの DNSSEC 検証が失敗（bogus）',
    },
    explanation: {
      en: "The domain's answers are signed, but validation fails: a DS at the parent that matches no key, expired or missing signatures. Validating resolvers answer SERVFAIL, so for a large share of the Internet the domain's mail servers, SPF and DMARC records do not exist and mail to it is deferred or bounced.",
      ja: '応答は署名されていますが、検証に失敗します（親ゾーンの DS がどの鍵とも一致しない、署名の期限切れや欠落など）。検証リゾルバは SERVFAIL を返すため、インターネットの多くの利用者からはメールサーバや SPF・DMARC レコードが存在しないのと同じになり、このドメイン宛てのメールは保留または返送されます。',
    },
    remediation: {
      en: "Compare the DS records at the registrar with the zone's DNSKEY (KSK) and re-sign the zone; while it cannot be fixed, remove the DS at the registrar so the domain becomes insecure instead of unreachable.",
      ja: 'レジストラに登録された DS とゾーンの DNSKEY（KSK）を照合し、ゾーンを再署名してください。すぐに直せない場合は、レジストラで DS を削除して「到達不能」ではなく「署名なし」の状態に戻してください。',
    },
  },
  'dnssec.mx-unsigned': {
    severity: 'info',
    rfc: 'RFC 7672 §2.2.1',
    title: {
      en: 'MX host addresses are not DNSSEC-signed',
      ja: 'MX ホストのアドレスが DNSSEC で署名されていない',
    },
    explanation: {
      en: "The address records of these MX hosts are insecure. Sending servers look for DANE TLSA records only when the MX host's addresses are secure (RFC 7672 §2.2.1), so these hosts cannot be protected by DANE whatever they publish.",
      ja: 'これらの MX ホストのアドレスレコードは署名されていません（insecure）。送信側は MX ホストのアドレスが検証済みの場合にのみ DANE の TLSA レコードを参照する（RFC 7672 §2.2.1）ため、これらのホストは何を公開しても DANE で保護されません。',
    },
    remediation: {
      en: "Host the MX names in a DNSSEC-signed zone (your own, or a provider's that is signed).",
      ja: 'MX のホスト名を DNSSEC で署名されたゾーン（自組織のゾーン、または署名済みの事業者のゾーン）に置いてください。',
    },
  },
  'dnssec.mx-bogus': {
    severity: 'error',
    rfc: 'RFC 4035 §5.5',
    title: { en: 'MX host addresses fail DNSSEC validation', ja: 'MX ホストのアドレスが DNSSEC 検証に失敗' },
    explanation: {
      en: "Validating resolvers cannot get these MX hosts' addresses (SERVFAIL): their zone's signatures or DS do not validate. Senders behind such resolvers cannot deliver to them.",
      ja: '検証リゾルバはこれらの MX ホストのアドレスを取得できません（SERVFAIL）。ホストのゾーンの署名または DS が検証に失敗しています。そうしたリゾルバを使う送信側は配送できません。',
    },
    remediation: {
      en: "Fix the signing of the MX hosts' zone (or ask its provider to), or point the MX at hosts in a zone that validates.",
      ja: 'MX ホストのゾーンの署名を修正する（または事業者に依頼する）か、検証に成功するゾーンのホストを MX に指定してください。',
    },
  },
  'dane.tlsa-bogus': {
    severity: 'error',
    rfc: 'RFC 7672 §2.2',
    title: {
      en: "The MX host's TLSA answer fails DNSSEC validation",
      ja: 'MX ホストの TLSA 応答が DNSSEC 検証に失敗',
    },
    explanation: {
      en: 'The TLSA lookup for this MX host is bogus. DANE senders must not deliver when the TLSA answer cannot be validated (RFC 7672 §2.2): mail from them is deferred until it is fixed.',
      ja: 'この MX ホストの TLSA の問い合わせが検証に失敗しています（bogus）。DANE に対応した送信側は、TLSA の応答を検証できない場合は配送してはならない（RFC 7672 §2.2）ため、修正されるまでメールは保留されます。',
    },
    remediation: {
      en: "Fix the zone's DNSSEC signing (DS and DNSKEY must match, signatures must be current).",
      ja: 'ゾーンの DNSSEC 署名を修正してください（DS と DNSKEY の一致、署名の有効期限を確認）。',
    },
  },
  'dane.tlsa-not-secure': {
    severity: 'warning',
    rfc: 'RFC 7672 §2.2',
    title: {
      en: 'TLSA records in an unsigned zone are ignored',
      ja: '署名されていないゾーンの TLSA レコードは無視される',
    },
    explanation: {
      en: 'TLSA records are published for this MX host, but their answer is not DNSSEC-secure. Senders use TLSA only when it validates (RFC 7672 §2.2), so these records protect nothing.',
      ja: 'この MX ホストには TLSA レコードが公開されていますが、その応答は DNSSEC で検証されていません。送信側は検証済みの TLSA のみを使う（RFC 7672 §2.2）ため、これらのレコードは何も保護しません。',
    },
    remediation: {
      en: 'Sign the zone holding `_25._tcp.<mx host>` with DNSSEC and publish its DS, or remove the TLSA records.',
      ja: '`_25._tcp.<MX ホスト>` を含むゾーンを DNSSEC で署名して DS を登録するか、TLSA レコードを削除してください。',
    },
  },
  'dane.unusable-record': {
    severity: 'warning',
    rfc: 'RFC 7672 §3.1.3',
    title: { en: 'TLSA records SMTP senders cannot use', ja: 'SMTP の送信側が使えない TLSA レコード' },
    explanation: {
      en: 'Some TLSA records are unusable for SMTP: usages 0 (PKIX-TA) and 1 (PKIX-EE) are not for SMTP (RFC 7672 §3.1.3), and unknown usage, selector or matching type values, or a digest of the wrong length, make a record unusable (RFC 6698 §2.1). Senders skip them.',
      ja: '一部の TLSA レコードは SMTP では使用できません。用途（usage）0（PKIX-TA）と 1（PKIX-EE）は SMTP 用ではなく（RFC 7672 §3.1.3）、未知の usage・selector・matching type の値や長さの誤ったダイジェストも使用不能です（RFC 6698 §2.1）。送信側はこれらを無視します。',
    },
    remediation: {
      en: 'Replace them with "3 1 1" records: the SHA-256 of the server\'s public key (SubjectPublicKeyInfo), e.g. `_25._tcp.mx.example.jp. TLSA 3 1 1 <sha256 hex>`.',
      ja: '「3 1 1」のレコード（サーバの公開鍵 SubjectPublicKeyInfo の SHA-256）に置き換えてください。例: `_25._tcp.mx.example.jp. TLSA 3 1 1 <SHA-256 の16進>`。',
    },
  },
  'dane.no-usable-record': {
    severity: 'warning',
    rfc: 'RFC 7672 §2.2',
    title: {
      en: 'No usable TLSA record: DANE does not protect this MX host',
      ja: '使用可能な TLSA レコードがなく、DANE で保護されていない',
    },
    explanation: {
      en: 'The TLSA RRset validates, but none of its records is usable. Senders then fall back to unauthenticated TLS (RFC 7672 §2.2): the connection is encrypted but not protected against an active attacker.',
      ja: 'TLSA レコードは検証済みですが、使用できるレコードが 1 件もありません。送信側は認証なしの TLS に切り替える（RFC 7672 §2.2）ため、通信は暗号化されても能動的な攻撃からは保護されません。',
    },
    remediation: {
      en: 'Publish at least one "3 1 1" (or "2 1 1") record matching the certificate the server presents.',
      ja: 'サーバが提示する証明書に一致する「3 1 1」（または「2 1 1」）のレコードを 1 件以上公開してください。',
    },
  },
  'dane.parameters-not-recommended': {
    severity: 'info',
    rfc: 'RFC 7672 §3.1',
    title: {
      en: 'TLSA parameters other than the recommended 3 1 1 / 2 1 1',
      ja: '推奨（3 1 1 / 2 1 1）以外の TLSA パラメータ',
    },
    explanation: {
      en: 'These records are usable but not in the recommended form. Selector 0 (the whole certificate) breaks at every renewal even with the same key, and matching type 0 (full data) makes large answers; RFC 7672 §3.1 recommends "3 1 1" and "2 1 1".',
      ja: 'これらのレコードは使用可能ですが推奨形式ではありません。selector 0（証明書全体）は同じ鍵でも証明書更新のたびに一致しなくなり、matching type 0（データそのもの）は応答が大きくなります。RFC 7672 §3.1 は「3 1 1」と「2 1 1」を推奨しています。',
    },
    remediation: {
      en: "Publish the SHA-256 of the server's public key as `TLSA 3 1 1 <hex>` next to the old record, then remove the old one after its TTL.",
      ja: 'サーバの公開鍵の SHA-256 を `TLSA 3 1 1 <16進>` として旧レコードと並べて公開し、TTL の経過後に旧レコードを削除してください。',
    },
  },
  'dane.certificate-mismatch': {
    severity: 'error',
    rfc: 'RFC 7672 §3.1',
    title: {
      en: 'The certificate served matches no TLSA record',
      ja: '提示された証明書がどの TLSA レコードとも一致しない',
    },
    explanation: {
      en: "The MX host's TLSA records validate, but the certificate it presented on STARTTLS matches none of them. DANE senders refuse to deliver to it (RFC 7672 §2.2): mail from them is deferred. This usually follows a certificate or key change without updating TLSA.",
      ja: 'MX ホストの TLSA レコードは検証済みですが、STARTTLS で提示された証明書はどれとも一致しません。DANE に対応した送信側はこのホストへの配送を拒否し（RFC 7672 §2.2）、メールは保留されます。TLSA を更新せずに証明書や鍵を変更した場合によく起こります。',
    },
    remediation: {
      en: 'Publish a TLSA record for the current key (3 1 1 of its SubjectPublicKeyInfo) before switching keys, and keep the old one until the change is done.',
      ja: '鍵を切り替える前に新しい鍵の TLSA レコード（SubjectPublicKeyInfo の 3 1 1）を公開し、切り替えが終わるまで旧レコードも残してください。',
    },
  },
  'dane.missing': {
    severity: 'info',
    rfc: 'RFC 7672 §2.2',
    title: {
      en: 'The MX host could use DANE but publishes no TLSA',
      ja: 'DANE を利用できる MX ホストに TLSA がない',
    },
    explanation: {
      en: "This MX host's zone is DNSSEC-signed, and it proves there is no TLSA record at `_25._tcp.<host>`. Publishing one lets DANE senders insist on an authenticated TLS connection, which MTA-STS also gives without DNSSEC.",
      ja: 'この MX ホストのゾーンは DNSSEC で署名されており、`_25._tcp.<ホスト>` に TLSA レコードがないことが確定しています。TLSA を公開すると、DANE に対応した送信側は認証された TLS 接続を必須にできます（MTA-STS でも DNSSEC なしで同様の保護が得られます）。',
    },
    remediation: {
      en: "Publish `_25._tcp.mx.example.jp. TLSA 3 1 1 <SHA-256 of the server's public key>` and keep it current across key changes.",
      ja: '`_25._tcp.mx.example.jp. TLSA 3 1 1 <サーバ公開鍵の SHA-256>` を公開し、鍵の変更時にも更新してください。',
    },
  },
  'starttls.not-offered': {
    severity: 'error',
    rfc: 'RFC 3207 §4',
    title: { en: 'The MX host does not offer STARTTLS', ja: 'MX ホストが STARTTLS に対応していない' },
    explanation: {
      en: "The server's EHLO reply does not list STARTTLS, so mail to it travels unencrypted and can be read or altered on the way. MTA-STS and DANE senders will not deliver to it.",
      ja: 'サーバの EHLO 応答に STARTTLS がないため、このホスト宛てのメールは暗号化されずに転送され、経路上で読み取りや改ざんが可能です。MTA-STS や DANE に対応した送信側は配送しません。',
    },
    remediation: {
      en: 'Enable STARTTLS on the SMTP server with a certificate for the MX host name (Postfix: `smtpd_tls_security_level = may` with `smtpd_tls_chain_files`).',
      ja: 'MX ホスト名の証明書を用意して SMTP サーバで STARTTLS を有効にしてください（Postfix の例: `smtpd_tls_security_level = may` と `smtpd_tls_chain_files`）。',
    },
  },
  'starttls.handshake-failed': {
    severity: 'error',
    rfc: 'RFC 3207 §4',
    title: {
      en: 'STARTTLS is offered but the TLS handshake fails',
      ja: 'STARTTLS は提示されるが TLS ハンドシェイクが失敗',
    },
    explanation: {
      en: 'The server offers STARTTLS but the TLS handshake did not complete (no common protocol version or cipher, a broken certificate chain, or the server closed the connection). Senders then fall back to plain text or defer the mail.',
      ja: 'サーバは STARTTLS を提示しますが、TLS ハンドシェイクが完了しませんでした（共通のプロトコルや暗号方式がない、証明書チェーンの不備、サーバによる切断など）。送信側は平文に戻るか、メールを保留します。',
    },
    remediation: {
      en: "Check the server's TLS settings and log for the handshake error; offer TLS 1.2 and 1.3 with a complete certificate chain.",
      ja: 'サーバの TLS 設定とログでハンドシェイクのエラーを確認し、完全な証明書チェーンとともに TLS 1.2 と 1.3 を提供してください。',
    },
  },
  'starttls.old-tls': {
    severity: 'warning',
    rfc: 'RFC 8996 §5',
    title: {
      en: 'The MX host negotiates an outdated TLS version',
      ja: 'MX ホストが古い TLS バージョンで接続',
    },
    explanation: {
      en: 'The best TLS version the server agreed to is below TLS 1.2. TLS 1.0 and 1.1 are deprecated (RFC 8996) and many senders refuse them.',
      ja: 'サーバが合意した最上位の TLS バージョンが TLS 1.2 未満です。TLS 1.0 と 1.1 は廃止されており（RFC 8996）、多くの送信側は使用しません。',
    },
    remediation: {
      en: 'Enable TLS 1.2 and TLS 1.3 on the SMTP server (update its TLS library if it cannot).',
      ja: 'SMTP サーバで TLS 1.2 と TLS 1.3 を有効にしてください（できない場合は TLS ライブラリを更新してください）。',
    },
  },
  'starttls.certificate-name-mismatch': {
    severity: 'warning',
    rfc: 'RFC 8461 §4.2',
    title: { en: 'The certificate does not name the MX host', ja: '証明書が MX ホスト名と一致しない' },
    explanation: {
      en: 'The certificate the server presented is not issued for the MX host name. Senders applying MTA-STS check the name (RFC 8461 §4.2) and will not deliver; DANE "3 1 1" senders do not check names.',
      ja: 'サーバが提示した証明書は MX ホスト名に対して発行されていません。MTA-STS を適用する送信側は名前を確認する（RFC 8461 §4.2）ため配送しません。DANE の「3 1 1」では名前は確認されません。',
    },
    remediation: {
      en: 'Install a certificate whose subjectAltName includes the MX host name exactly as the MX record gives it.',
      ja: 'MX レコードに記載されたホスト名を subjectAltName に含む証明書を導入してください。',
    },
  },
  'starttls.certificate-untrusted': {
    severity: 'warning',
    rfc: 'RFC 8461 §4.2',
    title: {
      en: 'The certificate is not from a trusted CA',
      ja: '証明書が信頼された認証局によるものではない',
    },
    explanation: {
      en: 'The certificate chain does not lead to a trusted certificate authority (self-signed, a private CA, or a missing intermediate). Senders applying MTA-STS will not deliver; opportunistic TLS still encrypts.',
      ja: '証明書チェーンが信頼された認証局に到達しません（自己署名、私設認証局、中間証明書の欠落など）。MTA-STS を適用する送信側は配送せず、日和見的な TLS では暗号化のみ行われます。',
    },
    remediation: {
      en: 'Use a certificate from a publicly trusted CA and serve the full chain (server certificate and intermediates).',
      ja: '公的に信頼された認証局の証明書を使い、完全なチェーン（サーバ証明書と中間証明書）を提示してください。',
    },
  },
  'starttls.certificate-expired': {
    severity: 'error',
    rfc: 'RFC 5280 §4.1.2.5',
    title: { en: 'The certificate has expired', ja: '証明書の有効期限切れ' },
    explanation: {
      en: 'The certificate the MX host presented is past its notAfter date. Senders that verify certificates (MTA-STS) will not deliver, and DANE "2 x x" records that chain through it fail.',
      ja: 'MX ホストが提示した証明書は有効期限（notAfter）を過ぎています。証明書を検証する送信側（MTA-STS）は配送せず、この証明書を経由する DANE の「2 x x」レコードも失敗します。',
    },
    remediation: {
      en: 'Renew the certificate and automate renewal (e.g. ACME), then check that the server reloaded it.',
      ja: '証明書を更新して更新作業を自動化（ACME など）し、サーバが新しい証明書を読み込んだことを確認してください。',
    },
  },
  'starttls.probe-failed': {
    severity: 'info',
    rfc: 'RFC 5321 §4.5.3.2',
    title: {
      en: 'The MX host could not be probed; STARTTLS is unknown',
      ja: 'MX ホストに接続できず STARTTLS は不明',
    },
    explanation: {
      en: "Kensa could not complete an SMTP conversation with these MX hosts on port 25 (no connection, a timeout, a refused greeting, or the run's connection cap reached). This says nothing about STARTTLS: it is reported as unknown, never as not offered. Many networks block outbound port 25.",
      ja: 'Kensa はこれらの MX ホストとポート 25 で SMTP のやり取りを完了できませんでした（接続不可、タイムアウト、接続拒否、または実行ごとの接続数上限に到達）。これは STARTTLS の有無を示すものではなく、「非対応」ではなく「不明」として扱います。多くのネットワークは外向きのポート 25 を遮断しています。',
    },
    remediation: {
      en: 'Check that the hosts accept connections on port 25 from the Internet, and that the network Kensa runs in allows outbound port 25 (OP25B), then scan again.',
      ja: 'ホストがインターネットからのポート 25 の接続を受け付けること、および Kensa を動かすネットワークで外向きのポート 25 が許可されていること（OP25B）を確認してから、再度検査してください。',
    },
  },
} as const satisfies Record<string, FindingDefinition>;
