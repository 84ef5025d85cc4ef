import { AUTHRES_LIMITS } from './limits';

/** Thrown inside the parser only; `parseAuthenticationResults` turns it into an error value. */
export class AuthResSyntaxError extends Error {}

/** Character classes by code (ASCII); a table because the cursor asks for every character. */
const SPACE = 1;
/** RFC 2045 §5.1 tspecials: what a token may not contain. */
const TSPECIAL = 2;
const KEYWORD = 4;
const DIGIT = 8;
/** What ends an unquoted property value besides white space. */
const VALUE_END = 16;
const CLASSES = new Uint8Array(128);
const classify = (chars: string, charClass: number) => {
  for (let i = 0; i < chars.length; i++)
    CLASSES[chars.charCodeAt(i)] = (CLASSES[chars.charCodeAt(i)] ?? 0) | charClass;
};
classify(' \t\r\n', SPACE);
classify('()<>@,;:\\"/[]?=', TSPECIAL);
classify('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-', KEYWORD);
classify('0123456789', KEYWORD | DIGIT);
classify(';(', VALUE_END);

const QUOTE = 34; // "
const OPEN = 40; // (
const CLOSE = 41; // )
const BACKSLASH = 92;
const CR = 13;
const LF = 10;

/**
 * A position in one field's value with the lexical pieces of RFC 8601 §2.2: CFWS (folding white
 * space and comments, RFC 5322 §3.2.2), tokens and quoted strings (RFC 2045 §5.1), keywords.
 * CR and LF count as white space, so a folded field needs no unfolding first. Characters are
 * compared as codes and error messages are built only on failure: every ingested message's trusted
 * field passes through here.
 */
export class FieldCursor {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** Whether `char` (one ASCII character) comes next, without consuming it or skipping CFWS. */
  peekIs(char: string): boolean {
    return this.text.charCodeAt(this.pos) === char.charCodeAt(0);
  }

  /** Whether the next character is in `charClass` (never at the end; non-ASCII is in none). */
  private nextIs(charClass: number): boolean {
    const code = this.text.charCodeAt(this.pos);
    return code < 128 && ((CLASSES[code] ?? 0) & charClass) !== 0;
  }

  /** The position, to go back to with `reset` after looking ahead. */
  mark(): number {
    return this.pos;
  }

  reset(mark: number): void {
    this.pos = mark;
  }

  fail(message: string): never {
    throw new AuthResSyntaxError(`${message} at character ${this.pos + 1}`);
  }

  /** Skips white space and (nested) comments, which carry no meaning (RFC 8601 §2.2). */
  skipCfws(): void {
    for (;;) {
      if (this.nextIs(SPACE)) this.pos++;
      else if (this.text.charCodeAt(this.pos) === OPEN) this.skipComment();
      else return;
    }
  }

  private skipComment(): void {
    const text = this.text;
    let depth = 0;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos++);
      if (c === BACKSLASH) this.pos++;
      else if (c === OPEN && ++depth > AUTHRES_LIMITS.commentDepth) this.fail('comments nested too deeply');
      else if (c === CLOSE && --depth === 0) return;
    }
    this.fail('unterminated comment');
  }

  /** Consumes `char` or fails with what was expected, after skipping CFWS. */
  expect(char: string, what: string): void {
    if (!this.accept(char)) this.fail(`expected "${char}" ${what}`);
  }

  /** Consumes `char` if it comes next (after CFWS). */
  accept(char: string): boolean {
    this.skipCfws();
    if (!this.peekIs(char)) return false;
    this.pos++;
    return true;
  }

  /** A method, result, ptype or property name, lower-cased (RFC 8601 §2.2 Keyword, "_" tolerated). */
  keyword(what: string): string {
    return this.optionalKeyword() ?? this.fail(`expected ${what}`);
  }

  /** `keyword`, or null (after CFWS) when none follows: the caller words the error. */
  optionalKeyword(): string | null {
    this.skipCfws();
    const start = this.pos;
    while (this.nextIs(KEYWORD)) this.pos++;
    return this.pos === start ? null : this.text.slice(start, this.pos).toLowerCase();
  }

  /** Digits of a version, or null when none follow. */
  version(): number | null {
    this.skipCfws();
    const start = this.pos;
    while (this.nextIs(DIGIT)) this.pos++;
    if (this.pos === start) return null;
    if (this.pos - start > AUTHRES_LIMITS.versionDigits) this.fail('version number too long');
    return Number(this.text.slice(start, this.pos));
  }

  /** RFC 2045 value: a token or a quoted string. */
  value(what: string): string {
    this.skipCfws();
    if (this.peekIs('"')) return this.quotedString();
    const start = this.pos;
    while (!this.atEnd() && !this.nextIs(SPACE | TSPECIAL)) this.pos++;
    if (this.pos === start) this.fail(`expected ${what}`);
    return this.text.slice(start, this.pos);
  }

  /**
   * A property's value: a quoted string, or everything up to white space, ";" or a comment. Wider
   * than RFC 8601's pvalue because real fields carry base64 (`header.b=ab/c+d=`), addresses and
   * IPv6 literals unquoted; an empty value (`smtp.mailfrom=` for a null sender) is kept as "".
   */
  propertyValue(): string {
    this.skipCfws();
    if (this.peekIs('"')) return this.quotedString();
    const start = this.pos;
    while (!this.atEnd() && !this.nextIs(SPACE | VALUE_END)) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /**
   * RFC 5322 §3.2.4 quoted-string: backslash escapes, folding (CR, LF) removed. Runs of ordinary
   * characters are sliced whole rather than added one by one.
   */
  private quotedString(): string {
    const text = this.text;
    let out = '';
    let run = ++this.pos;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c !== QUOTE && c !== BACKSLASH && c !== CR && c !== LF) {
        this.pos++;
        continue;
      }
      out += text.slice(run, this.pos);
      this.pos++;
      if (c === QUOTE) return out;
      if (c === BACKSLASH) out += text.charAt(this.pos++);
      run = this.pos;
    }
    return this.fail('unterminated quoted string');
  }
}
