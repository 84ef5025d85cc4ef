/**
 * The queries waiting on one channel to one server (a connected UDP socket or a TCP connection), by
 * id. Every query of a channel waits the same time, so the Map (in the order queries were sent) is
 * also in deadline order and `expire` stops at the first one still in time. A message settles a
 * query only if its id and question both match (RFC 5452 §4.3; over TCP, RFC 7766 §7 lets replies
 * come in any order, so the id is the only link too).
 */
import { decodeReply } from './decode-reply';
import type { RRType } from './types';
import { encodeQuery, isReplyTo, newQuery, type TryResult, type WireQuery } from './wire-message';

export type Settle = (result: TryResult) => void;

interface Pending {
  query: WireQuery;
  deadline: number;
  settle: Settle;
  /** Why the last message with this query's id was not its reply (said on timeout). */
  rejected?: string;
}

export class PendingQueries {
  private readonly waiting = new Map<number, Pending>();
  private readonly isTaken = (id: number) => this.waiting.has(id);

  constructor(
    private readonly timeoutMs: number,
    private readonly checkingDisabled: boolean,
  ) {}

  get size(): number {
    return this.waiting.size;
  }

  /** Starts waiting for the reply to a new query (an id unused on this channel); returns its message. */
  register(name: string, type: RRType, settle: Settle): Buffer {
    const query = newQuery(name, type, this.isTaken, this.checkingDisabled);
    this.waiting.set(query.id, { query, deadline: performance.now() + this.timeoutMs, settle });
    return encodeQuery(query);
  }

  /** A message from the server: settles the query it answers, or notes why it answers none. */
  receive(message: Buffer): void {
    if (message.length < 12) return;
    const id = message.readUInt16BE(0);
    const entry = this.waiting.get(id);
    if (!entry) return;
    const decoded = decodeReply(message);
    if (!decoded.ok) entry.rejected = `malformed: ${decoded.error}`;
    else if (!isReplyTo(decoded.reply, entry.query)) entry.rejected = 'question does not match';
    else this.finish(id, { ok: true, reply: decoded.reply });
  }

  /** Settles the queries past their deadline (the oldest first); returns how many still wait. */
  expire(now: number): number {
    for (const [id, entry] of this.waiting) {
      if (entry.deadline > now) break;
      const ignored = entry.rejected ? ` (ignored a reply: ${entry.rejected})` : '';
      this.finish(id, {
        ok: false,
        timedOut: true,
        detail: `no reply within ${this.timeoutMs} ms${ignored}`,
      });
    }
    return this.waiting.size;
  }

  /**
   * Gives every waiting query `ms` more: the process was not reading its sockets for that long, so
   * their replies may be waiting unread (channel-transport.ts). Same shift for all: the order holds.
   */
  postpone(ms: number): void {
    for (const entry of this.waiting.values()) entry.deadline += ms;
  }

  /** Fails every waiting query at once (the channel closed); they are not timeouts of the server. */
  failAll(detail: string): void {
    for (const id of [...this.waiting.keys()]) this.finish(id, { ok: false, timedOut: false, detail });
  }

  private finish(id: number, result: TryResult): void {
    const entry = this.waiting.get(id);
    if (!entry) return;
    this.waiting.delete(id);
    entry.settle(result);
  }
}
