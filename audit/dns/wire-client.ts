/**
 * Gets one reply for (name, type) from a list of servers: UDP first, TCP when the reply is truncated
 * (RFC 7766 §5), timeouts and SERVFAIL retried with exponential backoff on the next server in turn.
 * A server whose circuit breaker is open (circuit-breaker.ts) is skipped; when every server's is,
 * the query fails at once as a temporary failure marked `unreachable`.
 */
import { type CircuitBreaker, createCircuitBreaker } from './circuit-breaker';
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
  socketsPerServer: number;
  breakerThreshold: number;
  breakerOpenMs: number;
}

/** Network queries sent: every UDP or TCP attempt counts once; `retries` and `timeouts` count tries. */
export interface DnsClientStats {
  sent: number;
  udp: number;
  tcp: number;
  retries: number;
  timeouts: number;
  /** Queries failed at once because every server's circuit breaker was open. */
  shortCircuited: number;
}

export type WireResult =
  | { ok: true; reply: Reply; server: ServerAddress }
  | { ok: false; outcome: 'servfail' | 'timeout'; detail: string; unreachable: boolean };

export interface WireClient {
  exchange(name: string, type: RRType): Promise<WireResult>;
  stats(): DnsClientStats;
  close(): void;
}

export function createWireClient(options: WireClientOptions): WireClient {
  const { servers, tries, timeoutMs, backoffMs } = options;
  const limiter = createLimiter(options);
  const udp = createUdpTransport(options.socketsPerServer);
  const breakers = servers.map(() =>
    createCircuitBreaker({
      threshold: options.breakerThreshold,
      openMs: options.breakerOpenMs,
      // A reply would have come within one try's timeout.
      silenceMs: timeoutMs,
    }),
  );
  const stats: DnsClientStats = { sent: 0, udp: 0, tcp: 0, retries: 0, timeouts: 0, shortCircuited: 0 };
  let closed = false;

  /** The server for this try: the next in turn whose breaker lets a query through. */
  const pickServer = (attempt: number): number => {
    let picked = -1;
    for (let k = 0; k < servers.length; k++) {
      const index = (attempt + k) % servers.length;
      const breaker = breakers[index] as CircuitBreaker;
      if (breaker.allow()) {
        picked = index;
        break;
      }
      if (breaker.probeDue()) probe(servers[index] as ServerAddress, breaker);
    }
    return picked;
  };

  /** The root's NS: any reply, even REFUSED from an authoritative-only server, shows it is back. */
  const probe = (server: ServerAddress, breaker: CircuitBreaker) => {
    stats.sent++;
    stats.udp++;
    udp.send(server, '', 'NS', timeoutMs, (result) =>
      result.ok ? breaker.replied() : breaker.probeFailed(),
    );
  };

  const sendOnce = (server: ServerAddress, name: string, type: RRType, done: (r: TryResult) => void) => {
    limiter.acquire(() => {
      stats.sent++;
      stats.udp++;
      udp.send(server, name, type, timeoutMs, (viaUdp) => {
        limiter.release();
        if (!viaUdp.ok || !viaUdp.reply.truncated) return done(viaUdp);
        limiter.acquire(() => {
          stats.sent++;
          stats.tcp++;
          void queryOverTcp(server, name, type, timeoutMs).then((viaTcp) => {
            limiter.release();
            done(viaTcp);
          });
        });
      });
    });
  };

  const exchange = (name: string, type: RRType) =>
    new Promise<WireResult>((resolve) => {
      const failures: string[] = [];
      let servfail = false;
      let attempt = 0;
      const fail = (detail: string, unreachable: boolean) =>
        resolve({ ok: false, outcome: servfail ? 'servfail' : 'timeout', detail, unreachable });
      const tryOnce = () => {
        if (closed) return fail('DNS client closed', false);
        const index = pickServer(attempt);
        if (index < 0) {
          stats.shortCircuited++;
          return fail(unreachableDetail(failures), true);
        }
        const server = servers[index] as ServerAddress;
        const breaker = breakers[index] as CircuitBreaker;
        sendOnce(server, name, type, (result) => {
          if (result.ok) breaker.replied();
          else breaker.noReply();
          if (result.ok && result.reply.rcode !== 'SERVFAIL')
            return resolve({ ok: true, reply: result.reply, server });
          if (!result.ok && result.timedOut) stats.timeouts++;
          servfail ||= result.ok;
          failures.push(`${formatServer(server)} ${result.ok ? 'SERVFAIL' : result.detail}`);
          if (++attempt >= tries || closed)
            return fail(closed ? 'DNS client closed' : summarize(failures), false);
          stats.retries++;
          setTimeout(tryOnce, backoffMs * 2 ** (attempt - 1));
        });
      };
      tryOnce();
    });

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

function unreachableDetail(failures: string[]): string {
  const tried = failures.length > 0 ? ` (${summarize(failures)})` : '';
  return `resolver unreachable: every DNS server's circuit breaker is open${tried}`;
}
