import { parseTerm } from './parse-term';
import type { SpfMechanism, SpfModifier, SpfSyntaxError, SpfTerm } from './spf-types';

export interface ParsedTerms {
  terms: SpfTerm[];
  mechanisms: SpfMechanism[];
  redirect: SpfModifier | null;
  exp: SpfModifier | null;
  errors: SpfSyntaxError[];
}

/**
 * Parses the terms that follow a version section (RFC 7208 §4.6.1: terms are separated by one or
 * more spaces, trailing spaces allowed). `start` is the offset of the text after the version.
 * Every term is checked, so every error of the record is reported, not only the first (§4.6).
 */
export function parseTerms(record: string, start: number): ParsedTerms {
  const parsed: ParsedTerms = { terms: [], mechanisms: [], redirect: null, exp: null, errors: [] };
  let index = 0;
  for (const match of record.slice(start).matchAll(/[^ ]+/g)) {
    index += 1;
    const at = { text: match[0], index, position: start + (match.index ?? 0) };
    const result = parseTerm(at);
    if (!result.ok) {
      parsed.errors.push(termError('syntax', at.index, at.text, result.error));
      continue;
    }
    parsed.terms.push(result.term);
    if (result.term.type === 'mechanism') parsed.mechanisms.push(result.term);
    else addModifier(parsed, result.term);
  }
  return parsed;
}

// §6: redirect and exp "MUST NOT appear in a record more than once each".
function addModifier(parsed: ParsedTerms, modifier: SpfModifier): void {
  if (modifier.name !== 'redirect' && modifier.name !== 'exp') return;
  if (parsed[modifier.name] === null) {
    parsed[modifier.name] = modifier;
    return;
  }
  const message = `${modifier.name}= appears more than once`;
  parsed.errors.push(termError('duplicate-modifier', modifier.index, modifier.text, message));
}

/** Builds a syntax error whose message names the term: "term 3 'ip4:1.2.3.400': invalid IPv4 address". */
export function termError(
  code: SpfSyntaxError['code'],
  index: number,
  term: string,
  reason: string,
): SpfSyntaxError {
  const message = index > 0 ? `term ${index} '${printable(term)}': ${reason}` : reason;
  return { code, index, term, message };
}

// Control and non-ASCII characters are shown as escapes so the message stays one readable line.
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
