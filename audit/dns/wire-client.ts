/**
 * Gets one reply for (name, type) from a list of servers: UDP first, TCP when the reply is truncated
 * (RFC 7766 §5), timeouts and SERVFAIL retried with exponential backoff on the next server in turn.
 */
import { createLimiter } from './limiter';
import { formatServer, type ServerAddress } from './servers';
import { queryOverTcp } from './tcp-transport';
import type { RRType } from './types';
import { createUdpTransport } from './udp-transport';
import type { Reply, TryResult } from './wire-message';

export interface WireClientOptions {
  servers: ServerAddress[];
  tries: number;
  timeoutMs: number;
  /** Wait before the 2nd try; doubled before each further try. */
  backoffMs: number;
  maxInFlight: number;
  maxPerSecond?: number;
}

/** Network queries sent: every UDP or TCP attempt counts once; `retries` and `timeouts` count tries. */
export interface DnsClientStats {
  sent: number;
  udp: number;
  tcp: number;
  retries: number;
  timeouts: number;
}

export type WireResult =
  | { ok: true; reply: Reply; server: ServerAddress }
  | { ok: false; outcome: 'servfail' | 'timeout'; detail: string };

export interface WireClient {
  exchange(name: string, type: RRType): Promise<WireResult>;
  stats(): DnsClientStats;
  close(): void;
}

export function createWireClient(options: WireClientOptions): WireClient {
  const { servers, tries, timeoutMs, backoffMs } = options;
  const limiter = createLimiter(options);
  const udp = createUdpTransport();
  const stats: DnsClientStats = { sent: 0, udp: 0, tcp: 0, retries: 0, timeouts: 0 };
  let closed = false;

  const sendOnce = async (server: ServerAddress, name: string, type: RRType): Promise<TryResult> => {
    const viaUdp = await limiter.run(() => {
      stats.sent++;
      stats.udp++;
      return udp.send(server, name, type, timeoutMs);
    });
    if (!viaUdp.ok || !viaUdp.reply.truncated) return viaUdp;
    return limiter.run(() => {
      stats.sent++;
      stats.tcp++;
      return queryOverTcp(server, name, type, timeoutMs);
    });
  };

  const exchange = async (name: string, type: RRType): Promise<WireResult> => {
    const failures: string[] = [];
    let servfail = false;
    for (let attempt = 0; attempt < tries && !closed; attempt++) {
      if (attempt > 0) {
        stats.retries++;
        await sleep(backoffMs * 2 ** (attempt - 1));
      }
      const server = servers[attempt % servers.length] as ServerAddress;
      const result = await sendOnce(server, name, type);
      if (result.ok && result.reply.rcode !== 'SERVFAIL') return { ok: true, reply: result.reply, server };
      if (!result.ok && result.timedOut) stats.timeouts++;
      servfail ||= result.ok;
      failures.push(`${formatServer(server)} ${result.ok ? 'SERVFAIL' : result.detail}`);
    }
    const detail = closed ? 'DNS client closed' : summarize(failures);
    return { ok: false, outcome: servfail ? 'servfail' : 'timeout', detail };
  };

  const close = () => {
    closed = true;
    udp.close();
  };
  return { exchange, stats: () => ({ ...stats }), close };
}

/** "after 2 tries: 127.0.0.1:5391 no reply within 200 ms (×2)" */
function summarize(failures: string[]): string {
  const counts = new Map<string, number>();
  for (const failure of failures) counts.set(failure, (counts.get(failure) ?? 0) + 1);
  const parts = [...counts].map(([failure, n]) => (n > 1 ? `${failure} (×${n})` : failure));
  return `after ${failures.length} ${failures.length === 1 ? 'try' : 'tries'}: ${parts.join('; ')}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
