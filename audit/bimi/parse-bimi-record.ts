import { readVersionedTagRecord } from '../versioned-tag-record';

export const BIMI_VERSION = 'BIMI1';

export interface BimiRecord {
  /** The logo URL (`l=`); null when absent or empty. */
  location: string | null;
  /** The evidence document URL (`a=`, a mark certificate); null when absent or empty. */
  authority: string | null;
  /** `l=` and `a=` both empty: the domain declines to show a logo (a valid record). */
  declined: boolean;
  errors: string[];
}

function httpsProblem(tag: string, value: string): string | null {
  if (!URL.canParse(value)) return `${tag}= "${value}" is not a URL`;
  return new URL(value).protocol === 'https:' ? null : `${tag}= "${value}" is not an https:// URL`;
}

/**
 * Reads one `default._bimi` TXT record that begins with "v=BIMI1": `l=` the SVG logo and `a=` the
 * mark certificate, each an https URL or empty (draft-brand-indicators-for-message-identification). Pure.
 */
export function parseBimiRecord(text: string): BimiRecord {
  const { tags, errors } = readVersionedTagRecord(text, BIMI_VERSION);
  const location = tags.get('l') || null;
  const authority = tags.get('a') || null;
  if (!tags.has('l')) errors.push('no "l=" field');
  for (const [tag, value] of [
    ['l', location],
    ['a', authority],
  ] as const) {
    const problem = value === null ? null : httpsProblem(tag, value);
    if (problem) errors.push(problem);
  }
  return { location, authority, declined: tags.has('l') && location === null && authority === null, errors };
}
