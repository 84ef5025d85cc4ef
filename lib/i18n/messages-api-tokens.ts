/** The api tokens pages. */
export const API_TOKENS_MESSAGES = {
  'nav.apiTokens': { en: 'API tokens', ja: 'APIトークン' },
} as const;
