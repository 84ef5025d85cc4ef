/** What Kensa reads of one Received-SPF field (RFC 7208 §9.1). */
export interface ReceivedSpf {
  /** The result, lower-cased: one of RFC 7208 §2.6's seven. */
  result: string;
  /** The `receiver=` key: the host name of the SPF verifier, lower-cased; null when absent. */
  receiver: string | null;
  /** The `identity=` key (`mailfrom`, `helo`…), lower-cased; null when absent. */
  identity: string | null;
}

/** RFC 7208 §9.1 `result`: the words of §2.6, case-insensitive. */
const RESULTS = new Set(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror']);
/** RFC 7208 §9.1 `key`: a name, ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ). */
const KEY = /^([a-z][a-z0-9_.-]*)\s*=\s*(.*)$/is;
/** A field longer than this is not read (attacker-controlled; a receiver's field is a few hundred bytes). */
const MAX_FIELD = 8_192;

/**
 * Reads a Received-SPF field's value: `result [comment] [key=value; …]` (RFC 7208 §9.1). Comments
 * (nested, §3.2.2 of RFC 5322) are dropped, quoted values unquoted; unknown keys are ignored.
 * Returns null when the first word is no SPF result (or the field is too long): nothing usable.
 */
export function parseReceivedSpf(value: string): ReceivedSpf | null {
  if (value.length > MAX_FIELD) return null;
  const text = withoutComments(value).replace(/\r?\n/g, ' ').trim();
  const word = /^[a-z]+/i.exec(text)?.[0]?.toLowerCase() ?? '';
  if (!RESULTS.has(word)) return null;
  const keys = new Map<string, string>();
  for (const part of splitOutsideQuotes(text.slice(word.length))) {
    const match = KEY.exec(part.trim());
    if (match?.[1] && match[2] !== undefined) keys.set(match[1].toLowerCase(), unquote(match[2].trim()));
  }
  const lower = (key: string) => keys.get(key)?.toLowerCase() || null;
  return { result: word, receiver: lower('receiver'), identity: lower('identity') };
}

/** The text with every (possibly nested) comment outside quoted strings removed. */
function withoutComments(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += value.slice(i, i + 2);
      i++;
    } else if (depth === 0 && char === '"') {
      quoted = !quoted;
      out += char;
    } else if (!quoted && char === '(') depth++;
    else if (!quoted && char === ')' && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return out;
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && quoted) i++;
    else if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ';' && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquote(value: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"/s.exec(value);
  return quoted?.[1] === undefined ? (value.split(/\s/)[0] ?? '') : quoted[1].replace(/\\(.)/gs, '$1');
}
