import { AUTHRES_LIMITS } from './limits';

/** Thrown inside the parser only; `parseAuthenticationResults` turns it into an error value. */
export class AuthResSyntaxError extends Error {}

const SPACE = new Set([' ', '\t', '\r', '\n']);
/** RFC 2045 §5.1 tspecials: what a token may not contain. */
const TSPECIALS = new Set([...'()<>@,;:\\"/[]?=']);
const KEYWORD = /[A-Za-z0-9_-]/;
const DIGIT = /[0-9]/;

/**
 * A position in one field's value with the lexical pieces of RFC 8601 §2.2: CFWS (folding white
 * space and comments, RFC 5322 §3.2.2), tokens and quoted strings (RFC 2045 §5.1), keywords.
 * CR and LF count as white space, so a folded field needs no unfolding first.
 */
export class FieldCursor {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text.charAt(this.pos);
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
      const c = this.peek();
      if (SPACE.has(c)) this.pos++;
      else if (c === '(') this.skipComment();
      else return;
    }
  }

  private skipComment(): void {
    let depth = 0;
    while (!this.atEnd()) {
      const c = this.text.charAt(this.pos++);
      if (c === '\\') this.pos++;
      else if (c === '(' && ++depth > AUTHRES_LIMITS.commentDepth) this.fail('comments nested too deeply');
      else if (c === ')' && --depth === 0) return;
    }
    this.fail('unterminated comment');
  }

  /** Consumes `char` or fails with what was expected, after skipping CFWS. */
  expect(char: string, what: string): void {
    this.skipCfws();
    if (this.peek() !== char) this.fail(`expected "${char}" ${what}`);
    this.pos++;
  }

  /** Consumes `char` if it comes next (after CFWS). */
  accept(char: string): boolean {
    this.skipCfws();
    if (this.peek() !== char) return false;
    this.pos++;
    return true;
  }

  /** A method, result, ptype or property name, lower-cased (RFC 8601 §2.2 Keyword, "_" tolerated). */
  keyword(what: string): string {
    this.skipCfws();
    const start = this.pos;
    while (KEYWORD.test(this.peek())) this.pos++;
    if (this.pos === start) this.fail(`expected ${what}`);
    return this.text.slice(start, this.pos).toLowerCase();
  }

  /** Digits of a version, or null when none follow. */
  version(): number | null {
    this.skipCfws();
    const start = this.pos;
    while (DIGIT.test(this.peek())) this.pos++;
    if (this.pos === start) return null;
    if (this.pos - start > AUTHRES_LIMITS.versionDigits) this.fail('version number too long');
    return Number(this.text.slice(start, this.pos));
  }

  /** RFC 2045 value: a token or a quoted string. */
  value(what: string): string {
    this.skipCfws();
    if (this.peek() === '"') return this.quotedString();
    const start = this.pos;
    while (!this.atEnd() && !SPACE.has(this.peek()) && !TSPECIALS.has(this.peek())) this.pos++;
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
    if (this.peek() === '"') return this.quotedString();
    const start = this.pos;
    while (!this.atEnd() && !SPACE.has(this.peek()) && this.peek() !== ';' && this.peek() !== '(') this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** RFC 5322 §3.2.4 quoted-string: backslash escapes, folding (CR, LF) removed. */
  private quotedString(): string {
    this.pos++;
    let out = '';
    while (!this.atEnd()) {
      const c = this.text.charAt(this.pos++);
      if (c === '"') return out;
      if (c === '\\') out += this.text.charAt(this.pos++);
      else if (c !== '\r' && c !== '\n') out += c;
    }
    return this.fail('unterminated quoted string');
  }
}
