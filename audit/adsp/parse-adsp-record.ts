import { parseTagList } from '../dkim/parse-tag-list';

/** RFC 5617 §4.2.1 outbound signing practices. */
export const ADSP_POLICIES = ['unknown', 'all', 'discardable'] as const;
export type AdspPolicy = (typeof ADSP_POLICIES)[number];

export type AdspParse = { ok: true; policy: AdspPolicy } | { ok: false; errors: string[] };

/**
 * Parses an ADSP record (RFC 5617 §4.2.1): a DKIM tag-list (RFC 6376 §3.2) whose one defined tag,
 * dkim=, is required. Unknown tags are ignored. A dkim= value outside the three defined is reported
 * invalid: §4.2.1 reserves other words for extensions no one defined.
 */
export function parseAdspRecord(text: string): AdspParse {
  const list = parseTagList(text);
  const errors = [...list.errors];
  const value = list.tags.find((tag) => tag.name === 'dkim')?.value;
  const policy = ADSP_POLICIES.find((known) => known === value?.toLowerCase());
  if (value === undefined) errors.push('dkim= (the signing practice) is missing');
  else if (!policy) errors.push(`dkim=${value} is not one of unknown, all, discardable`);
  return errors.length === 0 && policy ? { ok: true, policy } : { ok: false, errors };
}
