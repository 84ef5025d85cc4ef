/**
 * Whether an MX host matches a policy's `mx` pattern (RFC 8461 §4.1): exactly, or for "*.suffix"
 * with exactly one label in place of the "*" — "*.example.jp" matches "mx.example.jp" but neither
 * "example.jp" nor "a.mx.example.jp". Names compare case-insensitively, without a trailing dot.
 */
export function mxPatternMatches(pattern: string, host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const wanted = pattern.toLowerCase().replace(/\.$/, '');
  if (!wanted.startsWith('*.')) return name === wanted;
  const suffix = wanted.slice(1);
  if (!name.endsWith(suffix)) return false;
  const label = name.slice(0, -suffix.length);
  return label !== '' && !label.includes('.');
}
