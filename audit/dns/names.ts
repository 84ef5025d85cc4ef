/** The one spelling of a name in every DnsAnswer (types.ts): lower-case, no trailing dot; the root is ''. */
export function normalizeName(name: string): string {
  // Called several times per query: endsWith + slice instead of a regular expression.
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
