const MODIFIER = /^[a-z][a-z0-9_.-]*=/i;

/**
 * Whether an SPF record fails every sender, i.e. means what "v=spf1 -all" means: its first
 * mechanism is "-all". Terms after it are never evaluated (RFC 7208 §4.6.2), and modifiers cannot
 * change the result once "all" is present (§6.1 ignores redirect=; exp= only explains), so both are
 * tolerated. Anything before "-all" (ip4:, include:, a, …) could pass a sender, so it disqualifies.
 * A syntax error elsewhere (a permerror) is the SPF check's to report, not this one's.
 */
export function isRejectAllSpf(record: string): boolean {
  const [version, ...terms] = record.trim().split(/\s+/);
  if (version?.toLowerCase() !== 'v=spf1') return false;
  const mechanisms = terms.filter((term) => !MODIFIER.test(term));
  return mechanisms[0]?.toLowerCase() === '-all';
}
