/** One piece of a macro-string (RFC 7208 §7.1). */
export type MacroToken =
  | { kind: 'literal'; text: string }
  | { kind: 'escape'; text: string }
  | {
      kind: 'macro';
      /** Lower-case macro letter. */
      letter: string;
      /** Upper-case letters are URL-escaped after expansion (§7.3). */
      escape: boolean;
      /** Number of right-hand parts to keep; null keeps all. */
      digits: number | null;
      reverse: boolean;
      /** Characters to split on; "." when none is given. */
      delimiters: string;
    };

export type MacroStringResult = { ok: true; tokens: MacroToken[] } | { ok: false; error: string };

// §7.2: c, r and t may only be used in explanation text.
const DOMAIN_LETTERS = 'slodiphv';
const EXP_ONLY_LETTERS = 'crt';
const DELIMITERS = '.-+,/_=';
const ESCAPES: Record<string, string> = { '%': '%', _: ' ', '-': '%20' };
const MACRO = /^%\{([a-zA-Z])(\d*)(r?)([^}]*)\}/i;

/**
 * Tokenizes a macro-string. With `exp` it is explanation text (§6.2 explain-string): spaces and the
 * c, r, t letters are allowed; otherwise only visible ASCII other than "%" may appear literally.
 */
export function parseMacroString(text: string, options: { exp: boolean }): MacroStringResult {
  const tokens: MacroToken[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch !== '%') {
      if (!isLiteral(ch, options.exp)) return { ok: false, error: `invalid character ${quoteChar(ch)}` };
      literal += ch;
      i += 1;
      continue;
    }
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
    const macro = parseExpand(text.slice(i), options.exp);
    if (!macro.ok) return macro;
    tokens.push(macro.token);
    i += macro.length;
  }
  if (literal) tokens.push({ kind: 'literal', text: literal });
  return { ok: true, tokens };
}

type ExpandResult = { ok: true; token: MacroToken; length: number } | { ok: false; error: string };

// macro-expand = ( "%{" macro-letter transformers *delimiter "}" ) / "%%" / "%_" / "%-"
function parseExpand(rest: string, exp: boolean): ExpandResult {
  const next = rest[1] ?? '';
  const escaped = ESCAPES[next];
  if (escaped !== undefined) return { ok: true, token: { kind: 'escape', text: escaped }, length: 2 };
  if (next !== '{')
    return { ok: false, error: `'%' must be followed by '{', '%', '_' or '-' (at '${rest.slice(0, 4)}')` };
  const match = MACRO.exec(rest);
  if (!match) return { ok: false, error: `unterminated or malformed macro '${rest.slice(0, 12)}'` };
  const [whole, rawLetter = '', digits = '', reverse = '', delimiters = ''] = match;
  const letter = rawLetter.toLowerCase();
  if (EXP_ONLY_LETTERS.includes(letter) && !exp) {
    return { ok: false, error: `macro letter '${rawLetter}' is allowed only in explanation text` };
  }
  if (!DOMAIN_LETTERS.includes(letter) && !EXP_ONLY_LETTERS.includes(letter)) {
    return { ok: false, error: `unknown macro letter '${rawLetter}'` };
  }
  if (digits !== '' && Number(digits) === 0)
    return { ok: false, error: `macro '${whole}': digits must be nonzero` };
  const bad = [...delimiters].find((d) => !DELIMITERS.includes(d));
  if (bad !== undefined) return { ok: false, error: `macro '${whole}': invalid delimiter ${quoteChar(bad)}` };
  return {
    ok: true,
    length: whole.length,
    token: {
      kind: 'macro',
      letter,
      escape: rawLetter !== letter,
      digits: digits === '' ? null : Number(digits),
      reverse: reverse !== '',
      delimiters: delimiters || '.',
    },
  };
}

// macro-literal = %x21-24 / %x26-7E; explanation text also allows SP.
function isLiteral(ch: string, exp: boolean): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 0x21 && code <= 0x7e) || (exp && code === 0x20);
}

/** Quotes a character for an error message, showing invisible ones as code points. */
export function quoteChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code > 0x20 && code < 0x7f ? `'${ch}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The lower-case macro letters a valid macro-string uses. */
export function macroLetters(tokens: MacroToken[]): Set<string> {
  return new Set(tokens.flatMap((t) => (t.kind === 'macro' ? [t.letter] : [])));
}
