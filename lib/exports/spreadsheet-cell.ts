/**
 * Text that a spreadsheet would read as a formula (or as a DDE payload) when it starts with one of
 * these (OWASP "CSV injection"): = + - @, tab, carriage return. Every exported text cell that came
 * from DNS or from a user goes through here; numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a single quote when a spreadsheet would treat the text as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): neutralised text, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated as RFC 4180 and Excel expect. */
export function csvLine(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** UTF-8 byte order mark: without it Excel in Japan opens UTF-8 CSV as Shift_JIS (mojibake). */
export const CSV_BOM = '\uFEFF';
