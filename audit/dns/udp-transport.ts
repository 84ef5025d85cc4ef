/**
 * Queries over UDP (RFC 1035 §4.2.1) through a few long-lived sockets per server, each connected
 * to it, so the kernel drops datagrams from any other source and skips a route lookup per send.
 * The channels, their turns and the timeout sweep are channel-transport.ts's; the waiting queries
 * pending-queries.ts's.
 */
import { createSocket, type Socket } from 'node:dgram';
import { isIP } from 'node:net';
import { type Channel, createChannelTransport, type QueryTransport } from './channel-transport';
import { PendingQueries, type Settle } from './pending-queries';
import type { ServerAddress } from './servers';
import type { RRType } from './types';

/** Room for a few hundred 1232-byte replies per socket; the kernel caps it at net.core.rmem_max. */
const RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;

/** `checkingDisabled` sets CD on every query (RFC 4035 §3.2.2): the client that tells bogus from SERVFAIL. */
export function createUdpTransport(
  socketsPerServer: number,
  timeoutMs: number,
  checkingDisabled = false,
): QueryTransport {
  return createChannelTransport(
    socketsPerServer,
    (server, onBroken) => new UdpChannel(server, new PendingQueries(timeoutMs, checkingDisabled), onBroken),
  );
}

/**
 * One socket connected to one server. Queries asked before the socket is connected wait here and
 * leave in the order they were asked (Node 20 refuses sends without an address before connect()
 * completes).
 */
class UdpChannel implements Channel {
  private readonly socket: Socket;
  private backlog: Buffer[] | undefined = [];

  constructor(
    server: ServerAddress,
    private readonly pending: PendingQueries,
    onBroken: () => void,
  ) {
    this.socket = createSocket({
      type: isIP(server.host) === 6 ? 'udp6' : 'udp4',
      recvBufferSize: RECEIVE_BUFFER_BYTES,
    });
    this.socket.on('message', (message) => this.pending.receive(message));
    this.socket.on('error', (error: NodeJS.ErrnoException) => {
      // An ICMP "port unreachable" for an earlier datagram: that query simply gets no reply.
      if (error.code === 'ECONNREFUSED') return;
      onBroken();
      this.close(`UDP socket error: ${error.message}`);
    });
    this.socket.connect(server.port, server.host, () => {
      for (const message of this.backlog ?? []) this.socket.send(message);
      this.backlog = undefined;
    });
    this.socket.unref();
  }

  send(name: string, type: RRType, settle: Settle): void {
    const message = this.pending.register(name, type, settle);
    // No callback: a failed send surfaces as the socket's 'error' (handled above) or as a timeout.
    if (this.backlog) this.backlog.push(message);
    else this.socket.send(message);
  }

  expire(now: number): number {
    return this.pending.expire(now);
  }

  postpone(ms: number): void {
    this.pending.postpone(ms);
  }

  close(detail: string): void {
    this.pending.failAll(detail);
    this.socket.close();
  }
}
