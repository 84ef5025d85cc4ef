/** Characters that end a domain in an address or a property value. */
const DOMAIN_END = /[\s>),;"]/;
const DOMAIN = /^[^\s@<>()[\],;:"\\]{1,253}$/u;

/**
 * The domain of an address as written in a header field or an Authentication-Results property:
 * `Name <user@example.jp>`, `user@example.jp`, `@example.jp` or a bare `example.jp` (Exchange
 * writes smtp.mailfrom so). Lower case, without a final dot; null for a null sender (`<>`), an
 * address literal or anything that is not a plausible domain. Only the part after the last "@" of
 * the first address is ever read, so no local part leaves here.
 */
export function domainOfAddress(text: string): string | null {
  const open = text.indexOf('<');
  const close = open === -1 ? -1 : text.indexOf('>', open);
  const comma = text.indexOf(',');
  const address =
    open !== -1 && close !== -1 ? text.slice(open + 1, close) : comma === -1 ? text : text.slice(0, comma);
  const at = address.lastIndexOf('@');
  const rest = address.slice(at + 1).trim();
  const end = rest.search(DOMAIN_END);
  const lower = (end === -1 ? rest : rest.slice(0, end)).toLowerCase();
  const domain = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return DOMAIN.test(domain) && domain.includes('.') ? domain : null;
}
