const ENCODING_DECLARATION = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/;

/**
 * The characters of a report's XML bytes (XML 1.0 §4.3.3, Appendix F): a byte order mark decides;
 * otherwise the XML declaration's encoding when the platform knows it (reporters use UTF-8, a few
 * ISO-8859-1), else UTF-8. Bytes that do not decode become U+FFFD rather than refusing the report.
 */
export function decodeXmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const label = ENCODING_DECLARATION.exec(head)?.[1];
  return decode(label && isKnownEncoding(label) ? label : 'utf-8', bytes);
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
