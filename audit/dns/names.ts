/** The one spelling of a name in every DnsAnswer (types.ts): lower-case, no trailing dot; the root is ''. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}
