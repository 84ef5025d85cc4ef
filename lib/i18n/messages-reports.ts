/** The reports pages. */
export const REPORTS_MESSAGES = {
  'nav.reports': { en: 'Reports', ja: '報告書' },
} as const;
