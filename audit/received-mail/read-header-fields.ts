/** One header field: its name lower-cased, its value as written (folding kept, CR LF included). */
export interface HeaderField {
  name: string;
  value: string;
}

/** Header fields per header block at most: a block of more is read up to here (attacker-controlled). */
export const MAX_HEADER_FIELDS = 1_000;

/**
 * Splits a header block (RFC 5322 §2.2) into fields, keeping only the names in `wanted` (lower
 * case) when given. A field runs from a line with `name:` to the next line that does not begin with
 * white space (§2.2.3 folding). Lines that are no field (an mbox "From " line, junk) are skipped.
 * Written with indexOf over the text rather than a regex split: it runs once per ingested message.
 */
export function readHeaderFields(block: string, wanted?: ReadonlySet<string>): HeaderField[] {
  const initials = wanted && new Set([...wanted].map((name) => name.charCodeAt(0)));
  const fields: HeaderField[] = [];
  let seen = 0;
  let lineStart = 0;
  while (lineStart < block.length && seen < MAX_HEADER_FIELDS) {
    const end = fieldEnd(block, lineStart);
    const colon = block.indexOf(':', lineStart);
    if (colon !== -1 && colon < end) {
      // Most fields are not wanted: their first letter says so before any slice or lower-casing.
      const skip = initials && !initials.has(block.charCodeAt(lineStart) | 0x20);
      const name = skip ? '' : block.slice(lineStart, colon).trimEnd().toLowerCase();
      if (skip || isFieldName(name)) {
        seen++;
        if (!skip && (!wanted || wanted.has(name))) fields.push({ name, value: block.slice(colon + 1, end) });
      }
    }
    lineStart = end + 1;
  }
  return fields;
}

/** Where the field starting at `start` ends: the newline before the next unindented line. */
function fieldEnd(block: string, start: number): number {
  let newline = block.indexOf('\n', start);
  while (newline !== -1) {
    const next = block.charCodeAt(newline + 1);
    if (next !== 32 && next !== 9) return newline;
    newline = block.indexOf('\n', newline + 1);
  }
  return block.length;
}

/** RFC 5322 §3.6.8 field-name: printable US-ASCII except ":" (and so no space). */
function isFieldName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 33 || c > 126) return false;
  }
  return true;
}
