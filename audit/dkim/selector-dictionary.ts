import dictionary from './selectors.json' with { type: 'json' };

/**
 * The built-in selectors probed for every domain, most common first (selectors.json; how the list
 * was chosen and what it costs per domain: docs/dkim-selectors.md).
 */
export const DEFAULT_SELECTORS: readonly string[] = dictionary.selectors.map((entry) => entry.name);
