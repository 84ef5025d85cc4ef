/** One `name=value` pair of a tag-list; the value is trimmed of surrounding whitespace. */
export interface Tag {
  name: string;
  value: string;
}

export interface TagList {
  tags: Tag[];
  /** Syntax problems, each a sentence naming the offending part. */
  errors: string[];
  /** Names that appear more than once: RFC 6376 §3.2 makes the whole tag-list invalid. */
  duplicates: string[];
}

export interface TagListOptions {
  /** DMARC tag names are case-insensitive (RFC 7489 §6.4 ABNF); DKIM's are not (RFC 6376 §3.2). */
  caseInsensitiveNames?: boolean;
}

const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
// VALCHAR (%x21-3A / %x3C-7E) plus the folding whitespace RFC 6376 §3.2 allows inside a value.
const TAG_VALUE = /^[\x21-\x3a\x3c-\x7e\t\r\n ]*$/;

/**
 * Splits a "tag=value" list (RFC 6376 §3.2), the syntax shared by DKIM key records, ADSP
 * (RFC 5617 §4.2.1) and DMARC (RFC 7489 §6.3). One trailing ";" is allowed; whitespace after it is
 * tolerated, as OpenDKIM and Mail::DKIM do, although the ABNF has no room for it.
 */
export function parseTagList(text: string, options: TagListOptions = {}): TagList {
  const result: TagList = { tags: [], errors: [], duplicates: [] };
  const specs = text.split(';');
  if (specs.length > 1 && (specs[specs.length - 1] ?? '').trim() === '') specs.pop();
  const seen = new Set<string>();
  specs.forEach((spec, index) => {
    const tag = parseTagSpec(spec, index, result.errors);
    if (!tag) return;
    const name = options.caseInsensitiveNames ? tag.name.toLowerCase() : tag.name;
    if (seen.has(name)) {
      if (!result.duplicates.includes(name)) result.duplicates.push(name);
      result.errors.push(`tag "${name}" appears more than once`);
      return;
    }
    seen.add(name);
    result.tags.push({ name, value: tag.value });
  });
  return result;
}

function parseTagSpec(spec: string, index: number, errors: string[]): Tag | null {
  if (spec.trim() === '') {
    errors.push(`empty tag at position ${index + 1} (two ";" in a row or a record that is empty)`);
    return null;
  }
  const equals = spec.indexOf('=');
  if (equals < 0) {
    errors.push(`"${spec.trim()}" is not a tag=value pair (no "=")`);
    return null;
  }
  const name = spec.slice(0, equals).trim();
  const value = spec.slice(equals + 1).trim();
  if (!TAG_NAME.test(name)) {
    errors.push(`"${name}" is not a valid tag name (a letter, then letters, digits or "_")`);
    return null;
  }
  if (!TAG_VALUE.test(value)) {
    errors.push(`the value of "${name}" contains a character outside printable ASCII`);
    return null;
  }
  return { name, value };
}

/** Splits a colon-separated tag value ("sha1:sha256", "y : s") into trimmed, non-empty items. */
export function splitColonList(value: string): string[] {
  return value
    .split(':')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
