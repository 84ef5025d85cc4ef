/**
 * Queries over long-lived TCP connections with pipelining (RFC 7766 §6.2.1.1): the queries asked
 * together leave in one write, each message preceded by its length in two octets
 * (RFC 1035 §4.2.2), and one read brings back several replies, in any order (RFC 7766 §7: matched
 * by id). Against UDP it saves a system call and an event-loop callback per query, which is most of
 * what a query costs the client (docs/scale.md, "The engine alone"). A connection the server closes
 * (idle timeout, RFC 7766 §6.2.3; a restart) fails the queries still waiting on it, which the wire
 * client retries like any failed try; the next query opens a new one.
 */
import { connect, type Socket } from 'node:net';
import { type Channel, createChannelTransport, type QueryTransport } from './channel-transport';
import { PendingQueries, type Settle } from './pending-queries';
import type { ServerAddress } from './servers';
import type { RRType } from './types';

export function createTcpPipelineTransport(
  connectionsPerServer: number,
  timeoutMs: number,
  checkingDisabled = false,
): QueryTransport {
  return createChannelTransport(
    connectionsPerServer,
    (server) => new TcpChannel(server, new PendingQueries(timeoutMs, checkingDisabled)),
    'per-stretch',
  );
}

class TcpChannel implements Channel {
  private socket: Socket | undefined;
  /** Framed queries asked since the last write. */
  private outbox: Buffer[] = [];
  private flushQueued = false;
  /** The start of a reply whose rest has not arrived yet. */
  private partial: Buffer | undefined;
  private lastError = '';
  private closed = false;

  constructor(
    private readonly server: ServerAddress,
    private readonly pending: PendingQueries,
  ) {}

  send(name: string, type: RRType, settle: Settle): void {
    const message = this.pending.register(name, type, settle);
    const length = Buffer.allocUnsafe(2);
    length.writeUInt16BE(message.length);
    this.outbox.push(length, message);
    if (this.flushQueued) return;
    this.flushQueued = true;
    // At the end of this callback's synchronous work: what it asked goes out in one write. (Waiting
    // for setImmediate batched more but held replies back: a 2–3× longer median round trip at Knot,
    // fewer domains/s and more CPU per domain; docs/scale.md.)
    queueMicrotask(this.flush);
  }

  expire(now: number): number {
    return this.pending.expire(now);
  }

  postpone(ms: number): void {
    this.pending.postpone(ms);
  }

  close(detail: string): void {
    this.closed = true;
    this.outbox = [];
    this.pending.failAll(detail);
    this.socket?.destroy();
    this.socket = undefined;
  }

  private readonly flush = () => {
    this.flushQueued = false;
    if (this.closed || this.outbox.length === 0) return;
    const socket = this.socket ?? this.open();
    socket.write(Buffer.concat(this.outbox));
    this.outbox = [];
  };

  private open(): Socket {
    // Writes before the connection is up are buffered by Node and sent once it is.
    const socket = connect({ host: this.server.host, port: this.server.port, noDelay: true });
    socket.on('data', (chunk: Buffer) => this.read(chunk));
    socket.on('error', (error) => {
      this.lastError = `: ${error.message}`;
    });
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.partial = undefined;
      this.outbox = []; // registered, so failed just below with the rest
      this.pending.failAll(`TCP connection closed${this.lastError}`);
      this.lastError = '';
    });
    // The sweep timer keeps the process alive while queries wait; an idle connection does not.
    socket.unref();
    this.socket = socket;
    return socket;
  }

  /** Splits the stream into messages by their length prefixes. */
  private read(chunk: Buffer): void {
    const data = this.partial ? Buffer.concat([this.partial, chunk]) : chunk;
    let at = 0;
    while (data.length - at >= 2) {
      const end = at + 2 + data.readUInt16BE(at);
      if (end > data.length) break;
      this.pending.receive(data.subarray(at + 2, end));
      at = end;
    }
    this.partial = at < data.length ? data.subarray(at) : undefined;
  }
}
