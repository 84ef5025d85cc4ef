/** What a run of bytes is, by its first bytes (names and MIME types lie or are missing). */
export type InputFormat = 'xml' | 'gzip' | 'zip' | 'mbox' | 'mail' | 'unknown';

/** A header field's name and colon (RFC 5322 §2.2): the start of a message. */
const HEADER_FIELD = /^[!-9;-~]+[ \t]*:/;

export function sniffFormat(bytes: Uint8Array): InputFormat {
  const [a, b, c, d] = bytes;
  if (a === 0x1f && b === 0x8b) return 'gzip';
  // A local file header, or the end record of an empty archive (PKWARE APPNOTE §4.3).
  if (a === 0x50 && b === 0x4b && ((c === 3 && d === 4) || (c === 5 && d === 6))) return 'zip';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'xml';
  const head = String.fromCharCode(...bytes.subarray(a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0, 512));
  if (/^\s*</.test(head)) return 'xml';
  if (head.startsWith('From ')) return 'mbox';
  if (HEADER_FIELD.test(head)) return 'mail';
  return 'unknown';
}
