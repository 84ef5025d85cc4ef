/** One header field: its name lower-cased, its value as written (folding kept, CR LF included). */
export interface HeaderField {
  name: string;
  value: string;
}

/** Header fields per header block at most: a block of more is read up to here (attacker-controlled). */
export const MAX_HEADER_FIELDS = 1_000;

/** The field names a caller keeps, indexed by their (lower-case ASCII) first letter. */
export type WantedFields = ReadonlyMap<number, readonly string[]>;

/** Indexes lower-case field names once, for every `readHeaderFields` call that keeps them. */
export function wantedFields(names: readonly string[]): WantedFields {
  const byInitial = new Map<number, string[]>();
  for (const name of names) {
    const list = byInitial.get(name.charCodeAt(0)) ?? [];
    byInitial.set(name.charCodeAt(0), [...list, name]);
  }
  return byInitial;
}

/**
 * Splits a header block (RFC 5322 §2.2) into fields, keeping only the `wanted` ones. A field runs
 * from a line with `name:` to the next line that does not begin with white space (§2.2.3 folding).
 * Lines that are no field (an mbox "From " line, junk) are skipped. Names are compared in place,
 * case-insensitively, so a field that is not kept costs no string: this runs once per ingested
 * message, over every field of it.
 */
export function readHeaderFields(block: string, wanted: WantedFields): HeaderField[] {
  const fields: HeaderField[] = [];
  let seen = 0;
  let lineStart = 0;
  while (lineStart < block.length && seen < MAX_HEADER_FIELDS) {
    const end = fieldEnd(block, lineStart);
    const colon = block.indexOf(':', lineStart);
    if (colon !== -1 && colon < end) {
      // Most fields are not wanted: their first letter says so before the name is looked at.
      const candidates = wanted.get(block.charCodeAt(lineStart) | 0x20);
      if (candidates === undefined) seen++;
      else {
        const nameEnd = trimmedEnd(block, lineStart, colon);
        if (isFieldName(block, lineStart, nameEnd)) {
          seen++;
          const name = matchingName(block, lineStart, nameEnd, candidates);
          if (name !== undefined) fields.push({ name, value: block.slice(colon + 1, end) });
        }
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

/** The end of block[start, end) without trailing white space, as String.prototype.trimEnd has it. */
function trimmedEnd(block: string, start: number, end: number): number {
  let at = end;
  while (at > start && isWhiteSpace(block.charCodeAt(at - 1))) at--;
  return at;
}

/** ECMAScript white space and line terminators that a Latin-1 string can hold (TAB–CR, SP, NBSP). */
function isWhiteSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0;
}

/** RFC 5322 §3.6.8 field-name: printable US-ASCII except ":" (and so no space). */
function isFieldName(block: string, start: number, end: number): boolean {
  if (end === start) return false;
  for (let i = start; i < end; i++) {
    const c = block.charCodeAt(i);
    if (c < 33 || c > 126) return false;
  }
  return true;
}

/** The one of `names` (lower case) that block[start, end), printable ASCII, spells in any case. */
function matchingName(
  block: string,
  start: number,
  end: number,
  names: readonly string[],
): string | undefined {
  for (const name of names) if (spells(block, start, end, name)) return name;
  return undefined;
}

function spells(block: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) {
    const c = block.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== name.charCodeAt(i)) return false;
  }
  return true;
}
