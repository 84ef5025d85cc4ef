/**
 * A loopback port free for both UDP and TCP right now, for a test's own Knot server. Another process may
 * still take it before Knot binds; callers start Knot right away.
 */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

export async function findFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freeTcpPort();
    if (await isUdpPortFree(port)) return port;
  }
  throw new Error('no port free for both UDP and TCP on 127.0.0.1 after 20 attempts');
}

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isUdpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });
}
