import type { IpAddress } from './ip-address';
import { macroLetters, parseMacroString } from './macro-string';
import { expandMacros } from './macros';
import { toTargetName } from './target-name';

export type AuditTarget = { kind: 'name'; name: string } | { kind: 'needs-message' } | { kind: 'invalid' };

// Without a message only %{d} (the record's domain) and %{o} (the audited domain, as sender
// domain) are known; s, l, i, p, v, h depend on the message and its client.
const KNOWN_LETTERS = new Set(['d', 'o']);
const NO_CLIENT: IpAddress = { version: 4, bytes: new Uint8Array(4) };

/**
 * The name a term's domain-spec designates when auditing a domain rather than checking a message:
 * `needs-message` when it uses a macro only a message can fill, `invalid` when no DNS name results.
 */
export function auditTarget(spec: string | null, domain: string, auditedDomain: string): AuditTarget {
  if (spec === null) return { kind: 'name', name: domain };
  const parsed = parseMacroString(spec, { exp: false });
  if (!parsed.ok) return { kind: 'invalid' };
  if ([...macroLetters(parsed.tokens)].some((letter) => !KNOWN_LETTERS.has(letter)))
    return { kind: 'needs-message' };
  const context = {
    sender: `postmaster@${auditedDomain}`,
    localPart: 'postmaster',
    senderDomain: auditedDomain,
    domain,
    ip: NO_CLIENT,
    helo: auditedDomain,
  };
  const expanded = expandMacros(spec, context, { exp: false });
  const name = expanded.ok ? toTargetName(expanded.value) : null;
  return name === null ? { kind: 'invalid' } : { kind: 'name', name };
}
