/**
 * Queries over UDP (RFC 1035 §4.2.1) through a few long-lived sockets per server, each connected
 * to it, so the kernel drops datagrams from any other source and skips a route lookup per send.
 * Queries take the sockets in turn: more sockets spread the ids (RFC 5452 §4.3: id and port are the
 * only guess-work against spoofing) and the receive buffers. A datagram settles a query only if
 * its id and question both match. Timeouts are enforced by one sweep timer per transport, not
 * one timer per query; every query of a transport waits the same time, so each socket's queries
 * (a Map, in the order they were sent) are also in deadline order and a sweep stops at the first
 * one still in time.
 */
import { createSocket, type Socket } from 'node:dgram';
import { isIP } from 'node:net';
import { decodeReply } from './decode-reply';
import type { ServerAddress } from './servers';
import type { RRType } from './types';
import { encodeQuery, isReplyTo, newQuery, type TryResult, type WireQuery } from './wire-message';

export interface UdpTransport {
  /** Sends one query; `settle` is called exactly once, with the reply or why there is none. */
  send(server: ServerAddress, name: string, type: RRType, settle: Settle): void;
  /** Closes the sockets; queries still waiting fail at once. */
  close(): void;
}

type Settle = (result: TryResult) => void;

interface Pending {
  query: WireQuery;
  deadline: number;
  settle: Settle;
  /** Why the last datagram with this query's id was not its reply (said on timeout). */
  rejected?: string;
}

/** Room for a few hundred 1232-byte replies per socket; the kernel caps it at net.core.rmem_max. */
const RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;
/** How often waiting queries are checked for their deadline: a timeout fires up to this much late. */
const SWEEP_MS = 20;

/** `checkingDisabled` sets CD on every query (RFC 4035 §3.2.2): the client that tells bogus from SERVFAIL. */
export function createUdpTransport(
  socketsPerServer: number,
  timeoutMs: number,
  checkingDisabled = false,
): UdpTransport {
  // By the server's object (the client's list holds each once): no address string built per query.
  const groups = new Map<ServerAddress, ServerSockets>();
  let closed = false;
  let sweeper: NodeJS.Timeout | undefined;

  const sweep = () => {
    const now = performance.now();
    let waiting = 0;
    for (const group of groups.values()) waiting += group.expire(now);
    if (waiting === 0) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  };

  return {
    send(server, name, type, settle) {
      if (closed) return settle({ ok: false, timedOut: false, detail: 'DNS client closed' });
      let group = groups.get(server);
      if (!group) {
        group = new ServerSockets(server, socketsPerServer, timeoutMs, checkingDisabled, () =>
          groups.delete(server),
        );
        groups.set(server, group);
      }
      // The sweep keeps the process alive while queries wait, and only then.
      sweeper ??= setInterval(sweep, SWEEP_MS);
      group.send(name, type, settle);
    },
    close() {
      closed = true;
      for (const group of groups.values()) group.close('DNS client closed');
      groups.clear();
      clearInterval(sweeper);
    },
  };
}

/**
 * The sockets to one server, taken in turn. Queries asked before every socket is connected wait
 * here and leave in the order they were asked (Node 20 refuses sends without an address before
 * connect() completes, and each socket completes in its own time).
 */
class ServerSockets {
  private readonly channels: UdpChannel[];
  private turn = 0;
  private connecting: number;
  private backlog: Array<() => void> = [];

  constructor(
    server: ServerAddress,
    count: number,
    timeoutMs: number,
    checkingDisabled: boolean,
    onBroken: () => void,
  ) {
    this.connecting = count;
    const connected = () => {
      if (--this.connecting > 0) return;
      for (const send of this.backlog) send();
      this.backlog = [];
    };
    this.channels = Array.from(
      { length: count },
      () => new UdpChannel(server, timeoutMs, checkingDisabled, connected, onBroken),
    );
  }

  send(name: string, type: RRType, settle: Settle): void {
    const channel = this.channels[this.turn++ % this.channels.length] as UdpChannel;
    const message = channel.register(name, type, settle);
    if (this.connecting > 0) this.backlog.push(() => channel.transmit(message));
    else channel.transmit(message);
  }

  expire(now: number): number {
    let waiting = 0;
    for (const channel of this.channels) waiting += channel.expire(now);
    return waiting;
  }

  close(detail: string): void {
    for (const channel of this.channels) channel.close(detail);
  }
}

/** One socket connected to one server, and the queries waiting on it, by id. */
class UdpChannel {
  private readonly pending = new Map<number, Pending>();
  private readonly socket: Socket;
  private readonly isTaken = (id: number) => this.pending.has(id);

  constructor(
    server: ServerAddress,
    private readonly timeoutMs: number,
    private readonly checkingDisabled: boolean,
    onConnected: () => void,
    onBroken: () => void,
  ) {
    this.socket = createSocket({
      type: isIP(server.host) === 6 ? 'udp6' : 'udp4',
      recvBufferSize: RECEIVE_BUFFER_BYTES,
    });
    this.socket.on('message', (message) => this.receive(message));
    this.socket.on('error', (error: NodeJS.ErrnoException) => {
      // An ICMP "port unreachable" for an earlier datagram: that query simply gets no reply.
      if (error.code === 'ECONNREFUSED') return;
      onBroken();
      this.close(`UDP socket error: ${error.message}`);
    });
    this.socket.connect(server.port, server.host, onConnected);
    this.socket.unref();
  }

  /** Starts waiting for the reply to a new query; returns the message to transmit. */
  register(name: string, type: RRType, settle: Settle): Buffer {
    const query = newQuery(name, type, this.isTaken, this.checkingDisabled);
    this.pending.set(query.id, { query, deadline: performance.now() + this.timeoutMs, settle });
    return encodeQuery(query);
  }

  transmit(message: Buffer): void {
    // No callback: a failed send surfaces as the socket's 'error' (handled above) or as a timeout.
    this.socket.send(message);
  }

  /** Settles the queries past their deadline (the oldest first, see above); returns how many still wait. */
  expire(now: number): number {
    for (const [id, entry] of this.pending) {
      if (entry.deadline > now) break;
      const ignored = entry.rejected ? ` (ignored a reply: ${entry.rejected})` : '';
      this.finish(id, {
        ok: false,
        timedOut: true,
        detail: `no reply within ${this.timeoutMs} ms${ignored}`,
      });
    }
    return this.pending.size;
  }

  close(detail: string): void {
    for (const id of [...this.pending.keys()]) this.finish(id, { ok: false, timedOut: false, detail });
    this.socket.close();
  }

  private finish(id: number, result: TryResult): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry.settle(result);
  }

  private receive(message: Buffer): void {
    if (message.length < 12) return;
    const id = message.readUInt16BE(0);
    const entry = this.pending.get(id);
    if (!entry) return;
    const decoded = decodeReply(message);
    if (!decoded.ok) entry.rejected = `malformed: ${decoded.error}`;
    else if (!isReplyTo(decoded.reply, entry.query)) entry.rejected = 'question does not match';
    else this.finish(id, { ok: true, reply: decoded.reply });
  }
}
