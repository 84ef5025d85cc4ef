import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FINDINGS } from '../audit/findings/catalog';
import type { FindingDefinition, Severity } from '../audit/findings/types';

/** Where the generated catalog lives; a test fails when it differs from `renderFindingsDoc()`. */
export const FINDINGS_DOC = fileURLToPath(new URL('../docs/findings.md', import.meta.url));

const SEVERITY: Record<Severity, string> = {
  error: 'error（エラー）',
  warning: 'warning（警告）',
  info: 'info（情報）',
};

/** Notes on how the checks read the RFCs where they leave room, so a finding can be traced to a rule. */
const INTERPRETATION = [
  [
    'DMARC: the organizational domain is taken from the Public Suffix List including its private section (as OpenDMARC does); RFC 9989’s DNS tree walk is not used yet. A record without p= counts as p=none (RFC 9989 §4.7) and is a syntax error only when it also lacks a valid rua=, because RFC 7489 receivers then ignore it. Invalid values fall back to their defaults; tags RFC 9989 removed (pct, rf, ri) are still checked, since RFC 7489 receivers read them.',
    'DMARC: 組織ドメインは Public Suffix List（プライベート区分を含む。OpenDMARC と同じ扱い）で判定しており、RFC 9989 の DNS ツリーウォークはまだ使用していません。p= のないレコードは p=none とみなし（RFC 9989 §4.7）、有効な rua= もない場合に限り構文エラーとします（RFC 7489 準拠の受信側はそのレコードを無視するため）。不正な値は既定値に置き換えて評価します。RFC 9989 で廃止されたタグ（pct、rf、ri）も、RFC 7489 準拠の受信側が参照するため検査対象としています。',
  ],
  [
    'DKIM: keys are found by probing selectors (the domain’s configured ones, then a ranked list of common provider selectors, docs/dkim-selectors.md), so absence is never proven. dkim.none-found is reported only for domains that send mail. A TXT record at a selector counts as a key only if it starts with a DKIM v= tag or has a p= tag (after a misspelt v=, only a p= holding key data: such a key is reported as dkim.key-invalid).',
    'DKIM: 鍵はセレクタを順に問い合わせて探します（ドメインに設定されたセレクタ、次に主要事業者のセレクタ一覧。docs/dkim-selectors.md 参照）。そのため「鍵がない」ことは証明できません。dkim.none-found はメールを送信するドメインにのみ報告します。セレクタにある TXT レコードは、DKIM の v= タグで始まるか p= タグを含む場合にのみ鍵とみなします（v= に誤記がある場合は、p= に鍵データがあるときに限ります。その鍵は dkim.key-invalid として報告します）。',
  ],
  [
    'Near-misses: a record meant as SPF or DMARC that receivers discard (SPF not beginning with "v=spf1" and a space, RFC 7208 §4.5; DMARC not starting with "v=DMARC1", RFC 7489 §6.6.3) is spf.near-miss / dmarc.near-miss; one published where receivers never look (SPF only at _spf.<domain>, at <domain>.<domain> or in type 99; DMARC at the domain itself, at dmarc.<domain> or _dmarc.<domain>.<domain>; a DKIM key at _domainkey.<domain>) is *.misplaced. Each carries the record (at most 512 characters) and, when it follows from the text alone, the corrected record. They accompany spf.missing, dmarc.missing and dkim.none-found instead of replacing them, since receivers do find no record and the adoption figures count none; they are info, so the domain grades as the missing record it amounts to. Misplaced records are looked for only when no record applies, and such a lookup that fails is not reported.',
    'ニアミス: SPF や DMARC のつもりで公開されたが受信側が無視するレコード（「v=spf1」と空白で始まらない SPF、RFC 7208 §4.5。「v=DMARC1」で始まらない DMARC、RFC 7489 §6.6.3）は spf.near-miss / dmarc.near-miss、受信側が参照しない場所に公開されたレコード（_spf.<ドメイン>、<ドメイン>.<ドメイン>、タイプ 99 だけにある SPF。ドメイン自体、dmarc.<ドメイン>、_dmarc.<ドメイン>.<ドメイン> にある DMARC。_domainkey.<ドメイン> にある DKIM 鍵）は *.misplaced として報告します。いずれも該当レコード（最大 512 文字）と、本文だけから導ける場合は修正後のレコードを示します。受信側から見ればレコードはなく、普及状況の集計でも「なし」と数えるため、spf.missing・dmarc.missing・dkim.none-found を置き換えずに併記します。重要度は info とし、ドメインの評価はレコードがない場合と同じになります。誤った場所のレコードは適用されるレコードがない場合にのみ探し、その問い合わせの失敗は報告しません。',
  ],
  [
    'Non-sending domains (a Null MX, or marked parked) should publish SPF whose first mechanism is -all and a DMARC policy of reject applied to all mail (pct=100, no t=y).',
    '送信しないドメイン（ヌル MX を公開している、または未使用と登録されている）は、最初の機構が -all である SPF と、すべてのメールに reject を適用する DMARC ポリシー（pct=100、t=y なし）を公開すべきものとしています。',
  ],
  [
    'MTA-STS, TLS-RPT and BIMI (docs/transport-checks.md): only TXT records that begin with the version tag count (RFC 8461 §3.1, RFC 8460 §3); an invalid or duplicated record is reported and its policy or logo not fetched, as senders would not. mta-sts.missing and tls-rpt.missing are info, and only for domains that receive mail at MX hosts. The policy and the logo are fetched only from a public address the domain’s own DNS gives, with the certificate verified for the name, no redirect followed, 64 KiB (policy) and 32 KiB (logo) at most and 10 s in all; a timeout, a refused connection or an HTTP 5xx leaves the check unknown, never failed. BIMI counts as allowed by DMARC when p and sp are quarantine or reject with pct=100 and no t=y. The SVG check is strict: any reference but a fragment (#id) is external.',
    'MTA-STS、TLS-RPT、BIMI（docs/transport-checks.md）: バージョンタグで始まる TXT レコードだけを数えます（RFC 8461 §3.1、RFC 8460 §3）。不正または重複したレコードは報告し、送信側と同様にそのポリシーやロゴは取得しません。mta-sts.missing と tls-rpt.missing は info とし、MX ホストでメールを受信するドメインにのみ報告します。ポリシーとロゴは、ドメイン自身の DNS が示す公開アドレスからのみ、その名前で証明書を検証し、リダイレクトをたどらず、最大 64 KiB（ポリシー）・32 KiB（ロゴ）、全体で 10 秒以内で取得します。タイムアウト、接続拒否、HTTP 5xx の場合は検査結果を「不明」とし、失敗とはしません。BIMI は、p と sp が quarantine または reject で pct=100 かつ t=y がない場合に DMARC の条件を満たすものとします。SVG の検査は厳格で、フラグメント（#id）以外の参照はすべて外部参照とみなします。',
  ],
  [
    'A lookup that fails temporarily (SERVFAIL, REFUSED, timeout) makes a check “partial”; nothing is reported missing on the strength of it.',
    '一時的に失敗した問い合わせ（SERVFAIL、REFUSED、タイムアウト）がある検査は「部分的」とし、それを根拠に「未設定」とは報告しません。',
  ],
] as const;

/** The whole of docs/findings.md, derived from the catalog alone. */
export function renderFindingsDoc(findings: Record<string, FindingDefinition> = FINDINGS): string {
  const entries = Object.entries(findings);
  return [
    '<!-- Generated from audit/findings/catalog.ts by `npx tsx scripts/generate-findings-doc.ts`; do not edit by hand. -->',
    '',
    '# Findings / 検査結果一覧',
    '',
    `Every finding Kensa reports: ${entries.length} in all, each with its severity, the RFC section it rests on, what it means and what to publish instead.`,
    '',
    `Kensa が報告するすべての検査結果（全 ${entries.length} 件）について、重大度、根拠となる RFC の節、意味、および公開すべき設定を示します。`,
    '',
    '| ID | Severity / 重大度 | Reference / 参照 | Title | 表題 |',
    '| --- | --- | --- | --- | --- |',
    ...entries.map(
      ([id, f]) =>
        `| [\`${id}\`](#${anchor(id)}) | ${SEVERITY[f.severity]} | ${f.rfc} | ${f.title.en} | ${f.title.ja} |`,
    ),
    '',
    ...entries.flatMap(([id, f]) => section(id, f)),
    '## How the checks read the RFCs / RFC の解釈について',
    '',
    ...INTERPRETATION.flatMap(([en, ja]) => [`- ${en}`, `  ${ja}`]),
    '',
  ].join('\n');
}

function section(id: string, f: FindingDefinition): string[] {
  return [
    `<a id="${anchor(id)}"></a>`,
    '',
    `## \`${id}\``,
    '',
    `Severity / 重大度: **${SEVERITY[f.severity]}** · Reference / 参照: ${f.rfc}`,
    '',
    `**${f.title.en}**`,
    '',
    f.explanation.en,
    '',
    `*Remediation:* ${f.remediation.en}`,
    '',
    `**${f.title.ja}**`,
    '',
    f.explanation.ja,
    '',
    `*対処:* ${f.remediation.ja}`,
    '',
  ];
}

function anchor(id: string): string {
  return id.replace(/\./g, '-');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(FINDINGS_DOC, renderFindingsDoc());
  console.log(`wrote ${FINDINGS_DOC}`);
}
