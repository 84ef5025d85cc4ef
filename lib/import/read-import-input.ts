import { checkXlsxSize } from './check-xlsx-size';
import { parseDelimited, type RawRow } from './parse-delimited';
import { readXlsx } from './read-xlsx';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;

export type ImportInput = { ok: true; rows: RawRow[] } | { ok: false; error: ImportInputError };

export type ImportInputError = 'empty' | 'too-large' | 'too-large-unpacked' | 'too-many-rows' | 'unreadable';

/** XLSX is a ZIP: it starts with "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * How pasted text is split: told apart by its first line ('auto'), CSV, TSV, or one domain per line
 * ('lines': nothing split, so a name with a comma is reported as a bad domain, not cut).
 */
export type TextFormat = 'auto' | 'csv' | 'tsv' | 'lines';

function parseText(text: string, format: TextFormat): RawRow[] {
  if (format === 'lines')
    return text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n|\r/)
      .map((cell, i) => ({ line: i + 1, cells: [cell] }));
  return parseDelimited(text, format === 'csv' ? ',' : format === 'tsv' ? '\t' : undefined);
}

/** The rows of an XLSX file, once its ZIP directory shows it unpacks to a sane size (check-xlsx-size.ts). */
async function xlsxRows(data: ArrayBuffer): Promise<ImportInput> {
  const size = await checkXlsxSize(new Uint8Array(data));
  if (size !== 'ok') return { ok: false, error: size };
  return { ok: true, rows: await readXlsx(data) };
}

/** The rows of an uploaded file (CSV/TSV text or XLSX, told apart by content) or of pasted text. */
export async function readImportInput(
  text: string,
  file: File | null,
  format: TextFormat = 'auto',
): Promise<ImportInput> {
  let rows: RawRow[];
  if (file && file.size > 0) {
    if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
    const data = await file.arrayBuffer();
    try {
      const read = isZip(new Uint8Array(data, 0, Math.min(4, data.byteLength)))
        ? await xlsxRows(data)
        : { ok: true as const, rows: parseDelimited(new TextDecoder('utf-8').decode(data)) };
      if (!read.ok) return read;
      rows = read.rows;
    } catch {
      return { ok: false, error: 'unreadable' };
    }
  } else {
    if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
    rows = parseText(text, format);
  }
  if (!rows.some((r) => r.cells.some((c) => c.trim() !== ''))) return { ok: false, error: 'empty' };
  if (rows.length > MAX_ROWS + 1) return { ok: false, error: 'too-many-rows' };
  return { ok: true, rows };
}
