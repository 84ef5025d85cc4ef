/** The alerts pages. */
export const ALERTS_MESSAGES = {
  'nav.alerts': { en: 'Alerts', ja: 'アラート' },
} as const;
