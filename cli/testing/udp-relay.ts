import { createSocket, type RemoteInfo } from 'node:dgram';
import { findFreePort } from '../../testing/knot/find-free-port';

export interface UdpRelay {
  port: number;
  /** The --dns value for the CLI: "127.0.0.1:PORT". */
  dns: string;
  /** Queries received from clients, forwarded or not: the network queries they sent. */
  received(): number;
  forwarded(): number;
  close(): Promise<void>;
}

/** One query as the relay sees it: its arrival index (0-based) and its question name, lower-case. */
export interface RelayedQuery {
  index: number;
  name: string;
}

/**
 * A DNS relay on a free loopback UDP port in front of a server (Knot) on `targetPort`: each query
 * that `forward` accepts goes on and its reply comes back; the others get no reply at all, as from a
 * server that stopped answering. It counts what clients sent, so it also measures network queries.
 * UDP only: nothing listens on TCP, so a truncated reply cannot be retried.
 */
export async function startUdpRelay(
  targetPort: number,
  forward: (query: RelayedQuery) => boolean = () => true,
): Promise<UdpRelay> {
  const port = await findFreePort();
  const front = createSocket('udp4');
  const back = createSocket('udp4');
  // Client queries in flight, by the DNS message id that the server echoes.
  const clients = new Map<number, RemoteInfo>();
  let received = 0;
  let forwarded = 0;
  front.on('message', (message, client) => {
    const index = received++;
    if (message.length < 12 || !forward({ index, name: questionName(message) })) return;
    forwarded++;
    clients.set(message.readUInt16BE(0), client);
    back.send(message, targetPort, '127.0.0.1');
  });
  back.on('message', (reply) => {
    if (reply.length < 12) return;
    const id = reply.readUInt16BE(0);
    const client = clients.get(id);
    if (!client) return;
    clients.delete(id);
    front.send(reply, client.port, client.address);
  });
  await new Promise<void>((resolve) => front.bind(port, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => back.bind(0, '127.0.0.1', resolve));
  return {
    port,
    dns: `127.0.0.1:${port}`,
    received: () => received,
    forwarded: () => forwarded,
    close: async () => {
      await Promise.all([
        new Promise<void>((resolve) => front.close(() => resolve())),
        new Promise<void>((resolve) => back.close(() => resolve())),
      ]);
    },
  };
}

/** The QNAME of a DNS message (RFC 1035 §4.1.2): length-prefixed labels from offset 12. */
function questionName(message: Buffer): string {
  const labels: string[] = [];
  let offset = 12;
  for (let length = message[offset] ?? 0; length > 0 && length < 64; length = message[offset] ?? 0) {
    labels.push(message.toString('latin1', offset + 1, offset + 1 + length));
    offset += length + 1;
  }
  return labels.join('.').toLowerCase();
}
