import { type MacroToken, parseMacroString } from './macro-string';

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
const TOPLABEL = /^(?:[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])$/i;

/**
 * Checks a domain-spec (RFC 7208 §7.1): a valid macro-string that ends in a macro-expand or in
 * "." toplabel with an optional final dot. Syntax only: the expanded name is checked when used.
 * Returns an error message, or null when valid.
 */
export function checkDomainSpec(spec: string): string | null {
  if (spec === '') return 'empty domain-spec';
  const parsed = parseMacroString(spec, { exp: false });
  if (!parsed.ok) return parsed.error;
  return checkDomainEnd(parsed.tokens);
}

// domain-end = ( "." toplabel [ "." ] ) / macro-expand
function checkDomainEnd(tokens: MacroToken[]): string | null {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return 'empty domain-spec';
  if (last.kind !== 'literal') return null;
  const text = last.text.endsWith('.') ? last.text.slice(0, -1) : last.text;
  const dot = text.lastIndexOf('.');
  if (dot < 0) return 'must end with a macro or "." and a top-level label (a single label is not a domain)';
  const toplabel = text.slice(dot + 1);
  if (toplabel === '') return 'empty top-level label';
  if (/^\d+$/.test(toplabel))
    return `top-level label '${toplabel}' is all-numeric (an IP address is not a domain)`;
  if (!TOPLABEL.test(toplabel)) return `invalid top-level label '${toplabel}'`;
  return null;
}
