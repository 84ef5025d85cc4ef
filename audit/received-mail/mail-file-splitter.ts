import { Buffer } from 'node:buffer';
import { MessageSplitter } from './message-splitter';

const SEPARATOR = Buffer.from('From ');
const EMPTY = Buffer.alloc(0);

/**
 * A MessageSplitter for one uploaded file whose kind is not known in advance (a browser sends an
 * mbox, an `.eml` or a Maildir's extension-less files alike): a name ending `.eml` is one message;
 * otherwise a file starting with "From " is an mbox (RFC 4155: every message of one begins with
 * that line, and no header field does), anything else one message. An empty file holds nothing.
 */
export class MailFileSplitter {
  private splitter: MessageSplitter | null = null;
  private head: Buffer = EMPTY;

  constructor(
    private readonly name: string,
    private readonly onMessage: (header: Buffer | null) => void,
  ) {}

  /** True once a single message's header block has been read: the rest may be skipped. */
  get done(): boolean {
    return this.splitter?.done ?? false;
  }

  push(chunk: Buffer): void {
    if (this.splitter !== null) {
      this.splitter.push(chunk);
      return;
    }
    this.head = this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk]);
    if (this.head.length >= SEPARATOR.length) this.start();
  }

  end(): void {
    if (this.splitter === null && this.head.length > 0) this.start();
    this.splitter?.end();
  }

  private start(): void {
    const mbox = !/\.eml$/i.test(this.name) && this.head.subarray(0, SEPARATOR.length).equals(SEPARATOR);
    this.splitter = new MessageSplitter(mbox, this.onMessage);
    const head = this.head;
    this.head = EMPTY;
    this.splitter.push(head);
  }
}
