/** One file of a ZIP archive as its central directory describes it (nothing is inflated). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (APPNOTE.TXT §4.4.5). */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'corrupt' | 'zip64' };

// PKWARE APPNOTE.TXT 6.3.10: §4.3.16 end of central directory, §4.3.12 central directory header,
// §4.3.7 local file header. All fields are little-endian.
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_LENGTH = 22;
const MAX_COMMENT = 0xffff;
/** A 32-bit size or offset of 0xFFFFFFFF (or 0xFFFF entries) means "see the ZIP64 record". */
const ZIP64_MARK = 0xffffffff;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Reads the central directory at the end of a ZIP archive: each entry's sizes as declared, without
 * inflating anything. ZIP64 archives are reported as such (an import file never needs one).
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const data = view(bytes);
  const lowest = Math.max(0, bytes.length - END_LENGTH - MAX_COMMENT);
  let end = -1;
  for (let at = bytes.length - END_LENGTH; at >= lowest && end < 0; at--)
    if (data.getUint32(at, true) === END_OF_DIRECTORY) end = at;
  if (end < 0) return { ok: false, reason: 'corrupt' };
  const count = data.getUint16(end + 10, true);
  const size = data.getUint32(end + 12, true);
  const offset = data.getUint32(end + 16, true);
  if (count === 0xffff || size === ZIP64_MARK || offset === ZIP64_MARK) return { ok: false, reason: 'zip64' };
  if (offset + size > end) return { ok: false, reason: 'corrupt' };
  const entries: ZipEntry[] = [];
  for (let at = offset, i = 0; i < count; i++) {
    if (at + 46 > end || data.getUint32(at, true) !== DIRECTORY_HEADER)
      return { ok: false, reason: 'corrupt' };
    const nameLength = data.getUint16(at + 28, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    };
    if ([entry.compressedSize, entry.uncompressedSize, entry.localHeaderOffset].includes(ZIP64_MARK))
      return { ok: false, reason: 'zip64' };
    entries.push(entry);
    at += 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  return { ok: true, entries };
}

/** The compressed bytes of `entry` (after its local header), or null when they are not in `bytes`. */
export function zipEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view(bytes).getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view(bytes).getUint16(at + 26, true) + view(bytes).getUint16(at + 28, true);
  const stop = start + entry.compressedSize;
  return stop <= bytes.length ? bytes.subarray(start, stop) : null;
}
