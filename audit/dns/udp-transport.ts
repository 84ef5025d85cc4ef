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
  const sockets = new Map<Family, Socket>();
  const pending = new Map<string, Pending>();
  let closed = false;

  const failAll = (family: Family | undefined, detail: string) => {
    for (const [key, entry] of pending) {
      if (family === undefined || key.startsWith(`${family}/`))
        entry.settle({ ok: false, timedOut: false, detail });
    }
  };

  const onMessage = (family: Family, message: Buffer, from: RemoteInfo) => {
    if (message.length < 12) return;
    const entry = pending.get(`${family}/${message.readUInt16BE(0)}`);
    if (!entry || from.address !== entry.server.host || from.port !== entry.server.port) return;
    const reply = decodeReply(message);
    if (reply && isReplyTo(reply, entry.query)) entry.settle({ ok: true, reply });
  };

  const socketFor = (family: Family): Socket => {
    const existing = sockets.get(family);
    if (existing) return existing;
    const socket = createSocket({
      type: family === 6 ? 'udp6' : 'udp4',
      recvBufferSize: RECEIVE_BUFFER_BYTES,
    });
    socket.on('message', (message, from) => onMessage(family, message, from));
    socket.on('error', (error) => {
      sockets.delete(family);
      socket.close();
      failAll(family, `UDP socket error: ${error.message}`);
    });
    // Pending queries hold timers, which keep the process alive; an idle socket must not.
    socket.unref();
    sockets.set(family, socket);
    return socket;
  };

  const send = (server: ServerAddress, name: string, type: RRType, timeoutMs: number) =>
    new Promise<TryResult>((resolve) => {
      if (closed) return resolve({ ok: false, timedOut: false, detail: 'DNS client closed' });
      const family: Family = isIP(server.host) === 6 ? 6 : 4;
      const query = newQuery(name, type, (id) => pending.has(`${family}/${id}`));
      const key = `${family}/${query.id}`;
      let done = false;
      const settle = (result: TryResult) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        pending.delete(key);
        resolve(result);
      };
      const timer = setTimeout(
        () => settle({ ok: false, timedOut: true, detail: `no reply within ${timeoutMs} ms` }),
        timeoutMs,
      );
      pending.set(key, { query, server, settle });
      socketFor(family).send(encodeQuery(query), server.port, server.host, (error) => {
        if (error) settle({ ok: false, timedOut: false, detail: `UDP send failed: ${error.message}` });
      });
    });

  return {
    send,
    close() {
      closed = true;
      failAll(undefined, 'DNS client closed');
      for (const socket of sockets.values()) socket.close();
      sockets.clear();
    },
  };
}
