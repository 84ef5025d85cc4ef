import { Buffer } from 'node:buffer';

/** Bytes a header block may take; a longer one is no usable header block (attacker-controlled). */
export const MAX_HEADER_BLOCK = 256 * 1024;

const LF = 10;
const CR = 13;
const SEPARATOR = Buffer.from('From ');
const NEWLINE_SEPARATOR = Buffer.from('\nFrom ');
const BLANK_LINE = Buffer.from('\n\n');
const BLANK_CRLF_LINE = Buffer.from('\n\r\n');
const EMPTY = Buffer.alloc(0);

type Mode = 'start' | 'header' | 'body' | 'done';

/**
 * Cuts a stream of bytes into messages and hands on only each message's header block; bodies are
 * skipped as they stream past and never kept. In an mbox (RFC 4155) a line starting "From " begins
 * a message; writers quote such lines inside bodies as ">From " (mboxo/mboxrd), which therefore
 * never split. A single message (.eml, a Maildir file) is read until its header block ends, after
 * which `done` is true and the caller may stop reading. `onMessage` gets the header block's bytes
 * (only valid during the call) or null when the message has none: it starts with an empty line,
 * ends before any, or its header block passes MAX_HEADER_BLOCK.
 */
export class MessageSplitter {
  private mode: Mode = 'start';
  private pending: Buffer = EMPTY;
  /** In header mode: where the next line to look at starts. */
  private lineStart = 0;

  constructor(
    private readonly mbox: boolean,
    private readonly onMessage: (header: Buffer | null) => void,
  ) {}

  get done(): boolean {
    return this.mode === 'done';
  }

  push(chunk: Buffer): void {
    if (this.mode === 'done') return;
    if (this.mode !== 'body' && this.pending.length > 0) {
      // An unfinished header block waits: join it only to the part of the chunk it can reach, so
      // that crossing a seam copies a header block rather than the whole (1 MB) chunk. Splitting
      // a push in two changes nothing else (the fuzz test holds the splitter to that).
      const reach = this.headerReach(chunk);
      if (reach < chunk.length) {
        this.push(chunk.subarray(0, reach));
        this.push(chunk.subarray(reach));
        return;
      }
    }
    if (this.mode === 'body') this.pending = this.afterSeam(chunk);
    else this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.drain(false);
  }

  /**
   * In a body only a tail shorter than "\nFrom " is pending: a separator across the seam is looked
   * for in the tail and the chunk's first bytes, so the (large) chunk itself is not copied.
   */
  private afterSeam(chunk: Buffer): Buffer {
    const tail = this.pending;
    if (tail.length === 0) return chunk;
    // A chunk shorter than the separator is joined to the tail: the seam may go on in the next one.
    if (chunk.length < NEWLINE_SEPARATOR.length) return Buffer.concat([tail, chunk]);
    const seam = Buffer.concat([tail, chunk.subarray(0, NEWLINE_SEPARATOR.length)]);
    const at = seam.indexOf(NEWLINE_SEPARATOR);
    if (at === -1) return chunk;
    this.enter('start');
    return Buffer.concat([tail, chunk]).subarray(at + 1);
  }

  /**
   * How far into `chunk` a header block that runs into it can go: to the end of the chunk's first
   * blank line (LF or CRLF) or, in an mbox, its first "From " line. Found with native searches,
   * the CRLF and "From " ones only before the first LF blank line.
   */
  private headerReach(chunk: Buffer): number {
    const blank = chunk.indexOf(BLANK_LINE);
    let reach = blank === -1 ? chunk.length : blank + BLANK_LINE.length;
    const crlf = chunk.subarray(0, reach).indexOf(BLANK_CRLF_LINE);
    if (crlf !== -1) reach = crlf + BLANK_CRLF_LINE.length;
    const separator = this.mbox ? chunk.subarray(0, reach).indexOf(NEWLINE_SEPARATOR) : -1;
    return separator === -1 ? reach : separator + NEWLINE_SEPARATOR.length;
  }

  end(): void {
    this.drain(true);
    this.pending = EMPTY;
    this.mode = 'done';
  }

  private drain(final: boolean): void {
    for (;;) {
      if (this.mode === 'done' || !this.step(final)) return;
    }
  }

  private step(final: boolean): boolean {
    if (this.mode === 'start') return this.skipSeparator(final);
    if (this.mode === 'header') return this.readHeader(final);
    return this.skipBody();
  }

  /** At a message's start: skips its "From " line if there is one. */
  private skipSeparator(final: boolean): boolean {
    const p = this.pending;
    if (p.length === 0 || (!final && p.length < SEPARATOR.length)) return false;
    if (this.startsSeparator(0)) {
      const newline = p.indexOf(LF);
      if (newline === -1 && !final && p.length <= MAX_HEADER_BLOCK) return false;
      this.pending = newline === -1 ? EMPTY : p.subarray(newline + 1);
    }
    this.enter('header');
    return this.pending.length > 0 || final;
  }

  /** Looks line by line for the empty line that ends the header block (or the next "From " line). */
  private readHeader(final: boolean): boolean {
    const p = this.pending;
    for (;;) {
      const start = this.lineStart;
      if (start > MAX_HEADER_BLOCK) return this.finishHeader(null, start);
      if (start >= p.length || (p[start] === CR && start + 1 >= p.length))
        return final ? this.finishHeader(this.nonBlank(p), p.length) : false;
      if (p[start] === LF || (p[start] === CR && p[start + 1] === LF))
        return this.finishHeader(
          start === 0 ? null : p.subarray(0, start),
          start + (p[start] === LF ? 1 : 2),
        );
      if (this.mbox && start > 0) {
        if (start + SEPARATOR.length > p.length && !final) return false;
        if (this.startsSeparator(start)) return this.finishHeader(p.subarray(0, start), start, true);
      }
      const newline = p.indexOf(LF, start);
      if (newline === -1) {
        if (final) return this.finishHeader(this.nonBlank(p), p.length);
        return p.length > MAX_HEADER_BLOCK ? this.finishHeader(null, p.length) : false;
      }
      this.lineStart = newline + 1;
    }
  }

  /** Byte by byte: this runs for every header line, where a subarray each would cost an allocation. */
  private startsSeparator(at: number): boolean {
    const p = this.pending;
    for (let i = 0; i < SEPARATOR.length; i++) if (p[at + i] !== SEPARATOR[i]) return false;
    return true;
  }

  private nonBlank(block: Buffer): Buffer | null {
    return block.toString('latin1').trim() === '' ? null : block;
  }

  private finishHeader(header: Buffer | null, next: number, atSeparator = false): boolean {
    this.onMessage(header);
    if (!this.mbox) {
      this.mode = 'done';
      this.pending = EMPTY;
      return false;
    }
    // Keep the newline before the body so that a "From " line right after the header block is found.
    this.pending = atSeparator ? this.pending.subarray(next) : this.pending.subarray(Math.max(0, next - 1));
    this.enter(atSeparator ? 'start' : 'body');
    return this.pending.length > 0;
  }

  /** In a body: drops bytes up to the next "\nFrom ", keeping a tail that may hold its start. */
  private skipBody(): boolean {
    const p = this.pending;
    const at = p.indexOf(NEWLINE_SEPARATOR);
    if (at === -1) {
      this.pending = Buffer.from(p.subarray(Math.max(0, p.length - SEPARATOR.length)));
      return false;
    }
    this.pending = p.subarray(at + 1);
    this.enter('start');
    return true;
  }

  private enter(mode: Mode): void {
    this.mode = mode;
    this.lineStart = 0;
  }
}
