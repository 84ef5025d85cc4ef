/**
 * Queries over UDP (RFC 1035 §4.2.1) through one long-lived socket per address family, shared by every
 * query in flight. A datagram settles a query only if its id, source address and question all match
 * (RFC 5452 §4.3); anything else is ignored and the query keeps waiting.
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { isIP } from 'node:net';
import type { ServerAddress } from './servers';
import type { RRType } from './types';
import {
  decodeReply,
  encodeQuery,
  isReplyTo,
  newQuery,
  type TryResult,
  type WireQuery,
} from './wire-message';

export interface UdpTransport {
  send(server: ServerAddress, name: string, type: RRType, timeoutMs: number): Promise<TryResult>;
  /** Closes the sockets; queries still waiting fail at once. */
  close(): void;
}

interface Pending {
  query: WireQuery;
  server: ServerAddress;
  settle(result: TryResult): void;
}

type Family = 4 | 6;

/** Room for a few hundred 1232-byte replies; the kernel caps it at net.core.rmem_max. */
const RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;

export function createUdpTransport(): UdpTransport {
  const channels = new Map<Family, UdpChannel>();
  let closed = false;
  return {
    send(server, name, type, timeoutMs) {
      if (closed) return Promise.resolve({ ok: false, timedOut: false, detail: 'DNS client closed' });
      const family: Family = isIP(server.host) === 6 ? 6 : 4;
      let channel = channels.get(family);
      if (!channel) {
        channel = new UdpChannel(family, () => channels.delete(family));
        channels.set(family, channel);
      }
      return channel.send(server, name, type, timeoutMs);
    },
    close() {
      closed = true;
      for (const channel of channels.values()) channel.close('DNS client closed');
      channels.clear();
    },
  };
}

/** One socket of one address family and the queries waiting on it, by id. */
class UdpChannel {
  private readonly pending = new Map<number, Pending>();
  private readonly socket: Socket;

  constructor(family: Family, onBroken: () => void) {
    this.socket = createSocket({
      type: family === 6 ? 'udp6' : 'udp4',
      recvBufferSize: RECEIVE_BUFFER_BYTES,
    });
    this.socket.on('message', (message, from) => this.receive(message, from));
    this.socket.on('error', (error) => {
      onBroken();
      this.close(`UDP socket error: ${error.message}`);
    });
    // Pending queries hold timers, which keep the process alive; an idle socket must not.
    this.socket.unref();
  }

  send(server: ServerAddress, name: string, type: RRType, timeoutMs: number): Promise<TryResult> {
    return new Promise((resolve) => {
      const query = newQuery(name, type, (id) => this.pending.has(id));
      const settle = (result: TryResult) => {
        if (this.pending.get(query.id)?.settle !== settle) return;
        clearTimeout(timer);
        this.pending.delete(query.id);
        resolve(result);
      };
      const timer = setTimeout(
        () => settle({ ok: false, timedOut: true, detail: `no reply within ${timeoutMs} ms` }),
        timeoutMs,
      );
      this.pending.set(query.id, { query, server, settle });
      this.socket.send(encodeQuery(query), server.port, server.host, (error) => {
        if (error) settle({ ok: false, timedOut: false, detail: `UDP send failed: ${error.message}` });
      });
    });
  }

  close(detail: string): void {
    for (const entry of this.pending.values()) entry.settle({ ok: false, timedOut: false, detail });
    this.socket.close();
  }

  private receive(message: Buffer, from: RemoteInfo): void {
    if (message.length < 12) return;
    const entry = this.pending.get(message.readUInt16BE(0));
    if (!entry || from.address !== entry.server.host || from.port !== entry.server.port) return;
    const reply = decodeReply(message);
    if (reply && isReplyTo(reply, entry.query)) entry.settle({ ok: true, reply });
  }
}
