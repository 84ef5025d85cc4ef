import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILTIN_PROFILES } from '../lib/compliance/builtin-profiles';
import type {
  BuiltinProfile,
  ComplianceRequirement,
  RequirementCheck,
} from '../lib/compliance/profile-schema';
import { EXCEPTIONS_SECTION } from './compliance-doc-exceptions';

/** Where the generated document lives; a test fails when it differs from `renderComplianceDoc()`. */
export const COMPLIANCE_DOC = fileURLToPath(new URL('../docs/compliance.md', import.meta.url));

const LEVEL = { must: 'must（必須）', should: 'should（推奨）' } as const;
const APPLIES = {
  all: 'all / 全ドメイン',
  sending: 'sending / 送信ドメイン',
  'non-sending': 'non-sending / 非送信ドメイン',
} as const;

/** Each check kind in words: what a custom profile's requirement can ask, with its parameters. */
function describeCheck(check: RequirementCheck): string {
  const inherited = (inherit: boolean) =>
    inherit ? ', own or inherited from the organisational domain' : ', own record only';
  switch (check.kind) {
    case 'spf-published':
      return '`spf-published`: at least one v=spf1 TXT record';
    case 'spf-valid':
      return '`spf-valid`: one SPF record without error-level findings (permerror, lookup limits, +all)';
    case 'spf-reject-all':
      return '`spf-reject-all`: one SPF record whose first mechanism is -all';
    case 'dkim-published':
      return '`dkim-published`: a usable, unrevoked DKIM key at a probed selector';
    case 'dkim-min-bits':
      return `\`dkim-min-bits\`: no RSA key shorter than ${check.bits} bits`;
    case 'dmarc-published':
      return `\`dmarc-published\`: a DMARC policy applies${inherited(check.inherit)}`;
    case 'dmarc-policy':
      return `\`dmarc-policy\`: the applied disposition is at least ${check.atLeast}${check.allMail ? ' with pct=100 and no t=y' : ''}${inherited(check.inherit)}`;
    case 'dmarc-rua':
      return `\`dmarc-rua\`: the applied policy's rua= ${check.address ? `includes mailto:${check.address}` : 'names at least one valid URI'}${inherited(check.inherit)}`;
    case 'null-mx':
      return '`null-mx`: a Null MX ("MX 0 .") is published';
  }
}

/** One example of every check kind; the mapped type makes a new kind fail to compile until listed. */
const EXAMPLE_CHECKS: { [K in RequirementCheck['kind']]: Extract<RequirementCheck, { kind: K }> } = {
  'spf-published': { kind: 'spf-published' },
  'spf-valid': { kind: 'spf-valid' },
  'spf-reject-all': { kind: 'spf-reject-all' },
  'dkim-published': { kind: 'dkim-published' },
  'dkim-min-bits': { kind: 'dkim-min-bits', bits: 2048 },
  'dmarc-published': { kind: 'dmarc-published', inherit: true },
  'dmarc-policy': { kind: 'dmarc-policy', atLeast: 'reject', allMail: true, inherit: true },
  'dmarc-rua': { kind: 'dmarc-rua', address: 'dmarc-reports@example.jp', inherit: true },
  'null-mx': { kind: 'null-mx' },
};

const HOW = [
  '## How a domain is judged / 判定の方法',
  '',
  '- Each requirement is evaluated against the domain\'s stored audit report: **compliant**, **not compliant**, **unknown** (a fact it needs was not read: a DNS lookup failed temporarily, or the scan failed), or **not applicable** (a requirement for sending domains on a domain that sends no mail, or the reverse); an approved exception in force shows an unmet one as **exempted** (below). A DNS failure never makes a domain "not compliant".',
  '  各要件は保存された検査結果に対して「準拠」「非準拠」「不明」（必要な情報が DNS の一時的な失敗などで読めなかった）「対象外」（送信ドメイン向けの要件を送信しないドメインに適用する場合など）のいずれかと判定します。DNS の失敗を理由に「非準拠」とすることはありません。',
  "- A domain complies with a profile when every applicable **must** requirement is compliant; one not compliant makes it not compliant, otherwise one unknown makes it unknown, otherwise one exempted makes it exempted. **Should** requirements are shown and counted per requirement but do not decide the profile's status.",
  '  プロファイルへの準拠は、対象となるすべての must 要件が準拠であることをいいます。1 件でも非準拠なら非準拠、そうでなく不明があれば不明です。should 要件は要件ごとに表示・集計しますが、プロファイル全体の判定には使いません。',
  '- Non-sending domains are those with a Null MX or marked parked. When the MX lookup failed for an unparked domain, a scoped requirement that is met counts as compliant, one that is not as unknown.',
  '  非送信ドメインはヌル MX を公開しているか未使用と登録されたドメインです。MX の問い合わせに失敗した場合、対象範囲つきの要件は満たしていれば準拠、満たしていなければ不明とします。',
  '- Inheritance: DMARC requirements marked "inherited" are met by the organisational domain\'s record where RFC 7489 §6.6.3 applies it — its sp= for an existing subdomain, np= for a non-existent one (RFC 9989 §4.7). When the lookups that tell the two apart failed, the requirement stands only if sp= and np= give the same answer.',
  '  継承: 「継承可」の DMARC 要件は、RFC 7489 §6.6.3 により組織ドメインのレコードが適用される場合（存在するサブドメインには sp=、存在しない名前には np=。RFC 9989 §4.7）に満たされます。両者を区別する問い合わせに失敗した場合は、sp= と np= の判定が一致するときに限り確定します。',
  '',
];

const WHERE = [
  '## Editing profiles, and where compliance shows / プロファイルの編集と表示先',
  '',
  '- **Own profiles**: administrators of all groups create and edit profiles at /compliance (a requirement builder over the check vocabulary below; the definition is checked by `profileDefinitionSchema` on the server and its messages shown in the form). A built-in profile is copied, never edited. Each save adds a version (`compliance-profile.create` / `.update` in the audit log) and the groups following the profile are recomputed from their stored reports by a worker, without a rescan; history judged under an earlier version stays as it was.',
  '  独自プロファイル: 全グループの管理者は /compliance でプロファイルを作成・編集できます（下記の検査項目を使う要件ビルダー。定義はサーバ側で検証し、誤りはフォームに表示します）。組み込みプロファイルはコピーして使い、直接は編集できません。保存するたびに新しい版が追加され（監査ログに記録）、採用グループは再検査なしで保存済みの検査結果から再計算されます。',
  "- **Group page, overview, scorecard**: a group's standing per requirement (/groups/{id}/compliance), the overview's cards (share and change in points), and each domain's section on its scorecard.",
  '  グループの準拠状況ページ、概要のカード（準拠率と変化）、ドメインの評価表の準拠セクション。',
  '- **Reports** (PDF/HTML/CSV/XLSX/JSON): per chosen group and followed profile, the share compliant as a whole and per requirement (must/should) at the period end, with the change since the period start and since the previous report ([reports](reports.md)).',
  '  報告書: 選択したグループと採用プロファイルごとに、期間末のプロファイル全体・要件別の準拠率と、期間の始め・前回の報告書からの変化。',
  "- **Domain exports**: `compliance` (each followed profile's status) and `complianceFailing` (the requirements failed) columns ([exports](exports.md)).",
  '  ドメインのエクスポート: `compliance`（採用プロファイルごとの判定）と `complianceFailing`（未達の要件）列。',
  "- **Alert rules**: `compliance_lost` (a domain becomes not compliant with a profile, or one requirement, after a known compliant verdict; unknown never fires) and `compliance_below` (a group's share falls below a percentage) ([alerts](alerts.md)).",
  '  アラート: `compliance_lost`（ドメインがプロファイルまたは特定の要件に準拠しなくなった。不明では通知しない）と `compliance_below`（グループの準拠率が基準を下回った）。',
  "- **Demo**: the demo's year of weekly history points each week's scan at the domain's real report with what it had not yet adopted taken out (`scripts/demo/report-in-week.ts`), so compliance is judged over the same year as adoption.",
  '  デモ: 1 年分の週次履歴は、各週の検査に「その週にまだ導入していない設定を除いた実際の検査結果」を対応させており、準拠状況も導入率と同じ 1 年間で推移します。',
  '',
];

const UNVERIFIED = [
  '## What could not be verified offline / オフラインで確認できなかった点',
  '',
  '- The JP DMARC introduction guideline (迷惑メール対策推進協議会, published 2024-07-09): the section structure (2.1–2.4, Annex A "要求項目と要求レベル") and its three levels Must / Should / May are as published; the level of each item here (notably DKIM as Should, Null MX as Should) follows our reading and could not be checked against Annex A offline. May items are not included. The document\'s address is not given for the same reason.',
  '  DMARC導入ガイドライン: 章立て（2.1〜2.4、付録A）と Must / Should / May の 3 段階は公表内容どおりですが、各項目の要求レベル（特に DKIM と ヌル MX を Should としている点）は付録A とオフラインで照合できていません。May 項目は含めていません。',
  '- The NISC guideline (令和5年度版): DMARC is a basic measure (基本対策事項) there; the exact item numbers under 6.2.2 and whether an enforcing policy is asked for could not be checked offline, so the enforcing policy is a Should here.',
  '  NISC ガイドライン（令和5年度版）: DMARC が基本対策事項であることは確認済みですが、6.2.2 の項番と強制ポリシーの要否は確認できていないため、強制ポリシーは should としています。',
  '- BOD 18-01: the actions are cited by deadline (90 days, 1 year) rather than by paragraph letter, which could not be checked offline. Its STARTTLS and HTTPS actions are not part of the profile.',
  '  BOD 18-01: 各措置は段落記号ではなく期限（90 日、1 年）で引用しています。STARTTLS と HTTPS の措置はプロファイルに含めていません。',
  '',
];

/** The whole of docs/compliance.md, derived from the built-in profiles alone. */
export function renderComplianceDoc(profiles: readonly BuiltinProfile[] = BUILTIN_PROFILES): string {
  return [
    '<!-- Generated from lib/compliance/builtin-profiles.ts by `npx tsx scripts/generate-compliance-doc.ts`; do not edit by hand. -->',
    '',
    '# Compliance profiles / 準拠プロファイル',
    '',
    `A profile is a named, versioned set of requirements over the audit's facts, each with a level and the clause of the standard it rests on. Kensa ships ${profiles.length}; administrators can add their own from the same check vocabulary (below). Groups follow profiles; every member domain is judged per requirement from its stored reports, so a profile change is recomputed without a rescan.`,
    '',
    `プロファイルは、検査結果に対する要件の集合（名前と版を持つ）で、各要件には要求レベルと根拠となる条項があります。Kensa は ${profiles.length} 件を同梱し、管理者は下記の検査項目を使って独自のプロファイルを作成できます。グループがプロファイルを採用すると、所属ドメインは保存済みの検査結果から要件ごとに判定されます（プロファイル変更時も再検査は不要です）。`,
    '',
    ...HOW,
    ...WHERE,
    ...EXCEPTIONS_SECTION,
    ...profiles.flatMap(profileSection),
    '## Check vocabulary / 検査項目',
    '',
    "What a requirement can check (`check` in a custom profile's JSON; shown with example parameters):",
    '',
    ...Object.values(EXAMPLE_CHECKS).map(
      (check) => `- ${describeCheck(check)}: \`${JSON.stringify(check)}\``,
    ),
    '',
    ...UNVERIFIED,
  ].join('\n');
}

function profileSection(profile: BuiltinProfile): string[] {
  const { definition: d } = profile;
  return [
    `## ${d.name.en} / ${d.name.ja}`,
    '',
    `Key \`${profile.key}\`, version ${profile.version}. Source / 出典: ${d.source.title}${d.source.url ? ` <${d.source.url}>` : ''} (${d.source.published})`,
    '',
    d.description.en,
    '',
    d.description.ja,
    '',
    '| ID | Level / レベル | Applies to / 対象 | Requirement | 要件 | Source / 出典 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...d.requirements.map(
      (r) =>
        `| \`${r.id}\` | ${LEVEL[r.level]} | ${APPLIES[r.appliesTo]} | ${r.title.en} | ${r.title.ja} | ${r.source} |`,
    ),
    '',
    ...d.requirements.flatMap(requirementDetail),
  ];
}

function requirementDetail(r: ComplianceRequirement): string[] {
  return [`- \`${r.id}\` — ${describeCheck(r.check)}.`, `  ${r.explanation.en}`, `  ${r.explanation.ja}`, ''];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(COMPLIANCE_DOC, renderComplianceDoc());
  console.log(`wrote ${COMPLIANCE_DOC}`);
}
