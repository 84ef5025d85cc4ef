/** What surrounds a TXT record's text that its author did not mean as part of it. */
export type TxtFraming = 'leading-space' | 'quoted';

// Straight and typographic quotes: control panels that add their own quotes keep typed ones as data.
const QUOTE = /["'\u2018\u2019\u201c\u201d]/;
const QUOTES_AROUND = /^["'\u2018\u2019\u201c\u201d]+|["'\u2018\u2019\u201c\u201d]+$/g;
// Zone-file presentation of several strings, `"v=spf1 … " "include:… -all"`, pasted as one string.
const STRING_BREAK = /"[ \t]*"/g;

/**
 * A TXT record's text without the white space and quote marks around it, and what there was (null:
 * nothing). Checks of records that must *start* with their version (SPF, DMARC) use it to tell a
 * record discarded for a typed space or quote from one that is no record at all. Quoted strings
 * pasted in zone-file form are joined as the zone file would have joined them (RFC 7208 §3.3).
 */
export function unframeTxt(text: string): { body: string; framing: TxtFraming | null } {
  const trimmed = text.trim();
  const unquoted = trimmed.replace(QUOTES_AROUND, '');
  const body = (trimmed.startsWith('"') ? unquoted.replace(STRING_BREAK, '') : unquoted).trim();
  if (QUOTE.test(trimmed.charAt(0))) return { body, framing: 'quoted' };
  if (/^\s/.test(text)) return { body, framing: 'leading-space' };
  return { body, framing: body === trimmed ? null : 'quoted' };
}
