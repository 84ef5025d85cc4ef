/**
 * 16 bytes as an RFC 9562 uuid of `version`: sets the version (§4.2) and variant (§4.1) bits in
 * place and prints the 8-4-4-4-12 hex form. The callers fill the other bits (time and random for
 * version 7, a hash for version 8).
 */
export function formatUuid(bytes: Buffer, version: number): string {
  bytes[6] = (version << 4) | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
