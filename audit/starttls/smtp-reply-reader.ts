/**
 * Reads SMTP replies (RFC 5321 §4.2) from a socket: lines "250-…" continue, "250 …" ends the reply.
 * Everything the server sends is attacker-controlled: a reply over MAX_REPLY_BYTES fails the read.
 */
import type { Socket } from 'node:net';

export interface SmtpReply {
  code: number;
  /** The text after each code, e.g. ["mx.example.jp", "PIPELINING", "STARTTLS"]. */
  lines: string[];
}

/** Far more than any EHLO reply needs (RFC 5321 §4.5.3.1.5 caps a reply line at 512 octets). */
const MAX_REPLY_BYTES = 16 * 1024;

export class SmtpReplyReader {
  private buffer = '';
  private waiting: { resolve: (reply: SmtpReply) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;
  private readonly onData = (chunk: Buffer) => {
    this.buffer += chunk.toString('latin1');
    this.settle();
  };

  constructor(private readonly socket: Socket) {
    socket.on('data', this.onData);
  }

  /** The next whole reply. */
  next(): Promise<SmtpReply> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.settle();
    });
  }

  /** Stops reading (before the socket is handed to TLS). */
  detach(): void {
    this.socket.off('data', this.onData);
  }

  private settle(): void {
    if (this.buffer.length > MAX_REPLY_BYTES) this.failure ??= new Error('SMTP reply too long');
    if (this.waiting === null) return;
    const waiting = this.waiting;
    if (this.failure) {
      this.waiting = null;
      waiting.reject(this.failure);
      return;
    }
    const reply = this.take();
    if (reply === null) return;
    this.waiting = null;
    if (reply instanceof Error) waiting.reject(reply);
    else waiting.resolve(reply);
  }

  private take(): SmtpReply | Error | null {
    const lines: string[] = [];
    let at = 0;
    for (;;) {
      const end = this.buffer.indexOf('\n', at);
      if (end < 0) return null;
      const line = this.buffer.slice(at, end).replace(/\r$/, '');
      at = end + 1;
      const match = /^(\d{3})([ -]|$)(.*)$/.exec(line);
      if (!match) return new Error(`not an SMTP reply line: ${line.slice(0, 60)}`);
      lines.push(match[3] ?? '');
      if (match[2] !== '-') {
        this.buffer = this.buffer.slice(at);
        return { code: Number(match[1]), lines };
      }
    }
  }
}
