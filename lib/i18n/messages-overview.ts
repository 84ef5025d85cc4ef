/** The adoption overview. */
export const OVERVIEW_MESSAGES = {
  'overview.title': { en: 'Adoption overview', ja: '導入状況の概況' },
  'overview.controls': { en: 'What to show', ja: '表示条件' },
  'overview.groups': { en: 'Groups', ja: 'グループ' },
  'overview.allDomains': { en: 'All registered domains', ja: '登録済みの全ドメイン' },
  'overview.granularity': { en: 'Period', ja: '期間の単位' },
  'overview.granularity.day': { en: 'daily', ja: '日次' },
  'overview.granularity.week': { en: 'weekly', ja: '週次' },
  'overview.granularity.month': { en: 'monthly', ja: '月次' },
  'overview.view': { en: 'Domains counted', ja: '集計対象' },
  'overview.view.registered': {
    en: 'all registered at each date',
    ja: '各時点で登録されていたドメイン',
  },
  'overview.view.cohort': {
    en: 'fixed cohort (registered for the whole range)',
    ja: '固定コホート（期間を通じて登録されていたドメイン）',
  },
  'overview.from': { en: 'From', ja: '開始日' },
  'overview.to': { en: 'To', ja: '終了日' },
  'overview.change': {
    en: '{points} points since {period}',
    ja: '{period}から {points} ポイント',
  },
  'overview.noChange': { en: 'no earlier period to compare', ja: '比較できる前期間なし' },
  'overview.counts': { en: '{adopted} / {domains} domains', ja: '{domains} ドメイン中 {adopted}' },
  'overview.unknown': { en: '{count} unknown', ja: '不明 {count} 件' },
  'overview.chart': { en: 'Trend', ja: '推移' },
  'overview.chartType': { en: 'Chart', ja: 'グラフ' },
  'overview.line': { en: 'line', ja: '折れ線' },
  'overview.bar': { en: 'bars', ja: '棒' },
  'overview.table': { en: 'Data table', ja: 'データ表' },
  'overview.tableCaption': {
    en: '{metric} by period, percent of domains with a known result',
    ja: '{metric}の期間別推移（結果が判明したドメインに占める割合）',
  },
  'overview.period': { en: 'Period', ja: '期間' },
  'overview.empty': {
    en: 'No adoption data yet: results appear after the first scan run has finished.',
    ja: '導入状況のデータはまだありません。最初の検査実行が完了すると表示されます。',
  },
  'overview.unavailable': {
    en: 'Adoption figures are not available in this build yet.',
    ja: 'このバージョンでは導入状況の集計をまだ表示できません。',
  },
  'overview.denominator': {
    en: 'Percentages are of domains with a known result; unknown (temporary DNS failure) are counted apart.',
    ja: '割合は結果が判明したドメインに対する値です。不明（DNS の一時的な失敗）は別に数えています。',
  },
} as const;
