import { dottedIp, formatIp, type IpAddress } from './ip-address';
import { type MacroToken, parseMacroString } from './macro-string';

/** What the macro letters of RFC 7208 §7.2 stand for in one evaluation. */
export interface MacroContext {
  /** s: the <sender>, local-part@domain. */
  sender: string;
  /** l: local-part of the sender. */
  localPart: string;
  /** o: domain of the sender. */
  senderDomain: string;
  /** d: the <domain> whose record is being evaluated. */
  domain: string;
  /** i, c, v: the client address. */
  ip: IpAddress;
  /** h: HELO/EHLO domain. */
  helo: string;
  /** p: the validated domain name of the client (§7.3); resolved by the caller, "unknown" when absent. */
  validatedName?: string;
  /** r: the receiving host (exp only); "unknown" when absent. */
  receiver?: string;
  /** t: the current time in seconds (exp only). */
  timestamp?: number;
}

export type MacroExpansion = { ok: true; value: string } | { ok: false; error: string };

/**
 * Expands a domain-spec, or with `exp` an explanation string (RFC 7208 §7). Pure: the caller
 * supplies %{p} (it needs DNS lookups, counted by the caller's limits) when the spec uses it.
 */
export function expandMacros(spec: string, context: MacroContext, options: { exp: boolean }): MacroExpansion {
  const parsed = parseMacroString(spec, options);
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.tokens.map((token) => expandToken(token, context)).join('') };
}

function expandToken(token: MacroToken, context: MacroContext): string {
  if (token.kind !== 'macro') return token.text;
  // §7.3: split on the delimiters, reverse if asked, keep the rightmost parts, join with ".".
  let parts = letterValue(token.letter, context).split(new RegExp(`[${escapeClass(token.delimiters)}]`));
  if (token.reverse) parts = parts.reverse();
  if (token.digits !== null && token.digits < parts.length) parts = parts.slice(parts.length - token.digits);
  const value = parts.join('.');
  return token.escape ? urlEscape(value) : value;
}

function letterValue(letter: string, context: MacroContext): string {
  switch (letter) {
    case 's':
      return context.sender;
    case 'l':
      return context.localPart;
    case 'o':
      return context.senderDomain;
    case 'd':
      return context.domain;
    case 'i':
      return dottedIp(context.ip);
    case 'p':
      return context.validatedName ?? 'unknown';
    case 'v':
      return context.ip.version === 4 ? 'in-addr' : 'ip6';
    case 'h':
      return context.helo;
    case 'c':
      return formatIp(context.ip);
    case 'r':
      return context.receiver ?? 'unknown';
    default: // t
      return String(context.timestamp ?? Math.floor(Date.now() / 1000));
  }
}

function escapeClass(delimiters: string): string {
  return delimiters.replace(/[\\\]^-]/g, '\\$&');
}

// §7.3: upper-case macros are URL-escaped; everything outside RFC 3986 "unreserved" is escaped.
function urlEscape(value: string): string {
  return [...new TextEncoder().encode(value)]
    .map((byte) => {
      const ch = String.fromCharCode(byte);
      return /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}
