/** The import page. */
export const IMPORT_MESSAGES = {
  'import.title': { en: 'Import domains', ja: 'ドメインの一括登録' },
  'import.intro': {
    en: 'Paste one domain per line, or upload a CSV or XLSX file with the columns domain, groups, tags, parked, selectors, notes (groups, tags and selectors separated by ";" or "|"). Nothing is written until you confirm the preview; importing the same file twice changes nothing.',
    ja: '1 行に 1 ドメインを貼り付けるか、domain, groups, tags, parked, selectors, notes 列を持つ CSV / XLSX ファイルをアップロードしてください（groups・tags・selectors は「;」または「|」区切り）。プレビューを確認するまで何も書き込みません。同じファイルを再度取り込んでも変更は生じません。',
  },
  'import.paste': { en: 'Paste domains or CSV', ja: 'ドメインまたは CSV を貼り付け' },
  'import.file': {
    en: 'Or upload a file (CSV or XLSX, up to 10 MB)',
    ja: 'またはファイルをアップロード（CSV / XLSX、10 MB まで）',
  },
  'import.preview': { en: 'Check rows', ja: '内容を確認' },
  'import.commit': { en: 'Import {count} valid rows', ja: '有効な {count} 行を登録' },
  'import.checking': { en: 'Checking…', ja: '確認中…' },
  'import.importing': { en: 'Importing…', ja: '登録中…' },
  'import.summary': {
    en: '{total} rows read: {good} valid, {bad} with problems.',
    ja: '{total} 行を読み込みました: 有効 {good} 行、問題あり {bad} 行。',
  },
  'import.changes': {
    en: 'Would add {create} domains, update {update}, leave {unchanged} unchanged, create {groups} groups.',
    ja: '追加 {create} 件、更新 {update} 件、変更なし {unchanged} 件、新規グループ {groups} 件の予定です。',
  },
  'import.done': {
    en: 'Imported: {create} added, {update} updated, {unchanged} unchanged, {groups} groups created.',
    ja: '登録しました: 追加 {create} 件、更新 {update} 件、変更なし {unchanged} 件、新規グループ {groups} 件。',
  },
  'import.badRows': { en: 'Rows with problems (not imported)', ja: '問題のある行（登録されません）' },
  'import.line': { en: 'Line', ja: '行' },
  'import.value': { en: 'Value', ja: '値' },
  'import.reason': { en: 'Reason', ja: '理由' },
  'import.moreBad': { en: '…and {count} more.', ja: '…ほか {count} 件。' },
  'import.sample': { en: 'First valid rows', ja: '有効な行（先頭）' },
  'import.nothing': {
    en: 'Paste some domains or choose a file first.',
    ja: 'ドメインを貼り付けるか、ファイルを選択してください。',
  },
  'import.error.too-large': { en: 'The file is larger than 10 MB.', ja: 'ファイルが 10 MB を超えています。' },
  'import.error.too-large-unpacked': {
    en: 'The XLSX file unpacks to more than 100 MB, or is compressed far more than a spreadsheet can be: save it again, or as CSV.',
    ja: 'XLSX ファイルの展開後のサイズが 100 MB を超えるか、表計算ファイルとしてはありえないほど圧縮されています。保存し直すか、CSV で保存してください。',
  },
  'import.error.too-many-rows': {
    en: 'More than 20,000 rows: split the file.',
    ja: '20,000 行を超えています。ファイルを分割してください。',
  },
  'import.error.unreadable': {
    en: 'The file could not be read as CSV or XLSX.',
    ja: 'ファイルを CSV または XLSX として読み込めませんでした。',
  },
  'import.error.out-of-scope': {
    en: 'You are limited to some groups: ask an administrator to import domains.',
    ja: '担当グループが限定されているため、一括登録はできません。管理者に依頼してください。',
  },
  'import.error.invalid': { en: 'The form could not be read.', ja: 'フォームを読み込めませんでした。' },
  'import.allGood': { en: 'Every row is valid.', ja: 'すべての行が有効です。' },
} as const;
