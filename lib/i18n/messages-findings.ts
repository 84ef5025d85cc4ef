/** The findings summary. */
export const FINDINGS_MESSAGES = {
  'findings.title': { en: 'Findings across domains', ja: 'ドメイン全体の検出事項' },
  'findings.intro': {
    en: 'How many domains have each finding in their latest result. Select a count to see those domains.',
    ja: '最新の検査結果で各検出事項があるドメイン数です。件数を選ぶと該当ドメインを表示します。',
  },
  'findings.finding': { en: 'Finding', ja: '検出事項' },
  'findings.domains': { en: 'Domains now', ja: '現在のドメイン数' },
  'findings.trend': { en: 'Last 30 days', ja: '直近 30 日' },
  'findings.trendValue': {
    en: '+{appeared} new / −{resolved} resolved',
    ja: '新規 +{appeared} / 解消 −{resolved}',
  },
  'findings.trendNote': {
    en: 'The trend counts changes recorded between consecutive complete scans (appeared / resolved).',
    ja: '推移は連続する完全な検査結果の間で記録された変化（発生・解消）の件数です。',
  },
  'findings.empty': {
    en: 'No domain currently has a finding, or nothing has been scanned yet.',
    ja: '現在検出事項のあるドメインはありません（または未検査です）。',
  },
  'findings.caption': {
    en: 'Findings and the number of domains that have them',
    ja: '検出事項と該当ドメイン数',
  },
  'findings.show': { en: 'show {count} domains with {id}', ja: '{id} のドメイン {count} 件を表示' },
} as const;
