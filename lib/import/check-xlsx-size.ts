import { createInflateRaw } from 'node:zlib';
import { readZipDirectory, type ZipEntry, zipEntryData } from './read-zip-directory';

/**
 * An import XLSX may unpack to this much in all. 20,000 rows (MAX_ROWS) of every import column
 * take about 5 MB of sheet XML; twenty times that is room enough, and far below what a 10 MB
 * zip bomb unpacks to (deflate reaches about 1,000:1, i.e. 10 GB).
 */
export const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
/** Spreadsheet XML compresses about 10:1 (12:1 for 20,000 identical rows); a bomb ~1,000:1. */
const MAX_RATIO = 100;
/** Small files (styles, relationships) may compress better without harm; the ratio applies above this. */
const RATIO_APPLIES_FROM = 1024 * 1024;

export type XlsxSizeCheck = 'ok' | 'too-large-unpacked' | 'unreadable';

/** Bytes `data` inflates to, counted as they come and given up on past `limit` (nothing is kept). */
function inflatedLength(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        inflate.destroy();
        resolve(length);
      }
    });
    inflate.on('end', () => resolve(length));
    inflate.on('error', () => resolve(-1));
    inflate.end(data);
  });
}

/** Whether each entry's data really is the size its directory says (stopping at that size). */
async function sizesAreTrue(bytes: Uint8Array, entries: ZipEntry[]): Promise<boolean> {
  for (const entry of entries) {
    const data = zipEntryData(bytes, entry);
    if (!data) return false;
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) return false;
    if (entry.method !== 0 && entry.method !== 8) return false;
    if (entry.method === 8 && (await inflatedLength(data, entry.uncompressedSize)) !== entry.uncompressedSize)
      return false;
  }
  return true;
}

/**
 * Judges an XLSX (a ZIP) by its central directory before anything inflates it whole: too many
 * entries, too much in all, or an entry compressed better than any spreadsheet is refused. The
 * directory is written by whoever made the file, so it may lie: each entry is then inflated once
 * with a counter that stops at its declared size, and a mismatch is refused — exceljs (through
 * JSZip, which compares sizes only after inflating everything) then reads only what was counted.
 */
export async function checkXlsxSize(bytes: Uint8Array): Promise<XlsxSizeCheck> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory.reason === 'zip64' ? 'too-large-unpacked' : 'unreadable';
  const { entries } = directory;
  if (entries.length > MAX_ENTRIES) return 'too-large-unpacked';
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const squeezed = entries.some(
    (e) => e.uncompressedSize > RATIO_APPLIES_FROM && e.uncompressedSize > e.compressedSize * MAX_RATIO,
  );
  if (total > MAX_XLSX_UNPACKED_BYTES || squeezed) return 'too-large-unpacked';
  return (await sizesAreTrue(bytes, entries)) ? 'ok' : 'unreadable';
}
