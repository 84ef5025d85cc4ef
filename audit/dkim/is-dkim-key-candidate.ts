import { parseTagList } from './parse-tag-list';

/**
 * Whether a TXT record found at a selector is meant as a DKIM key, so that it is reported (and
 * checked) as one. Wildcards and apex records leak other TXT data into selector names (e.g. a
 * `*.example.jp TXT "v=spf1 …"` answers every selector), so a record counts only if its first tag
 * is v= with a DKIM version (even a wrong one, like "DKIM3" — then it is an invalid key), or, lacking
 * v=, it has a p= tag (RFC 6376 §3.6.1: v= is optional, p= is required). An empty string is no key.
 */
export function isDkimKeyCandidate(text: string): boolean {
  const { tags } = parseTagList(text);
  const first = tags[0];
  if (first?.name === 'v') return /^dkim/i.test(first.value);
  return tags.some((tag) => tag.name === 'p');
}
