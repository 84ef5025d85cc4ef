import { splitColonList } from '../dkim/parse-tag-list';
import type { ValueRule } from './dmarc-tags';
import { parseReportUri, splitUriList } from './parse-report-uri';

/** Checks one tag value against its rule (dmarc-tags.ts); returns a precise error, or null when valid. */
export function checkDmarcValue(name: string, value: string, rule: ValueRule): string | null {
  if (value === '') return `${name}= has no value`;
  switch (rule.kind) {
    case 'version':
      return value === 'DMARC1' ? null : `v=${value}: the version must be exactly DMARC1`;
    case 'keyword':
      return rule.values.includes(value.toLowerCase())
        ? null
        : `${name}=${value} is not one of ${rule.values.join(', ')}`;
    case 'list':
      return checkList(name, value, rule.values, rule.require);
    case 'integer':
      return checkInteger(name, value, rule.min, rule.max);
    case 'uri-list':
      return (
        splitUriList(value)
          .map(parseReportUri)
          .flatMap((parsed) => (parsed.ok ? [] : [parsed.error]))
          .join('; ') || null
      );
  }
}

function checkList(
  name: string,
  value: string,
  known: readonly string[],
  require: 'all' | 'some',
): string | null {
  const items = splitColonList(value).map((item) => item.toLowerCase());
  // Items are RFC 5321 Keywords: letters and digits, hyphens only inside.
  const malformed = items.filter((item) => !/^[a-z0-9](?:-*[a-z0-9])*$/.test(item));
  if (items.length === 0 || malformed.length > 0)
    return `${name}=${value} is not a colon-separated list of keywords`;
  const unknown = items.filter((item) => !known.includes(item));
  if (require === 'all' && unknown.length > 0)
    return `${name}=${value}: ${unknown.join(', ')} not among ${known.join(', ')}`;
  if (require === 'some' && unknown.length === items.length)
    return `${name}=${value} names no known format (${known.join(', ')})`;
  return null;
}

function checkInteger(name: string, value: string, min: number, max: number): string | null {
  if (!/^\d+$/.test(value)) return `${name}=${value} is not a whole number`;
  const number = Number(value);
  return number >= min && number <= max ? null : `${name}=${value} is outside ${min}–${max}`;
}
