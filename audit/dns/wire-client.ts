/**
 * Gets one reply for (name, type) from a list of servers: UDP first, TCP when the reply is truncated
 * (RFC 7766 §5) — or every query over pipelined TCP connections (`transport: 'tcp'`) — timeouts and SERVFAIL retried with exponential backoff on the next server in turn.
 * A server whose circuit breaker is open (circuit-breaker.ts) is skipped; when every server's is,
 * the query fails at once as a temporary failure marked `unreachable`.
 */

import type { QueryTransport } from './channel-transport';
import { type CircuitBreaker, createCircuitBreaker } from './circuit-breaker';
import { createLimiter, type Limiter } from './limiter';
import { formatServer, type ServerAddress } from './servers';
import { createTcpPipelineTransport } from './tcp-pipeline-transport';
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
  /** 'udp': UDP, TCP only for truncated replies; 'tcp': every query over pipelined TCP connections. */
  transport: 'udp' | 'tcp';
  breakerThreshold: number;
  breakerOpenMs: number;
  /** Every query sets CD (RFC 4035 §3.2.2): for telling a bogus answer from a failing server. */
  checkingDisabled: boolean;
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

export type WireDone = (result: WireResult) => void;

export interface WireClient {
  /** Asks (name, type); `done` is called exactly once (a callback: no promise per query on the hot path). */
  exchange(name: string, type: RRType, done: WireDone): void;
  stats(): DnsClientStats;
  close(): void;
}

export function createWireClient(options: WireClientOptions): WireClient {
  const client = new Transports(options);
  return {
    exchange: (name, type, done) => new Exchange(client, name, type, done).tryOnce(),
    stats: () => ({ ...client.stats }),
    close: () => client.close(),
  };
}

/** The servers, their breakers, the window and the sockets every exchange shares. */
class Transports {
  readonly servers: ServerAddress[];
  readonly breakers: CircuitBreaker[];
  readonly limiter: Limiter;
  readonly queries: QueryTransport;
  readonly overTcp: boolean;
  readonly stats: DnsClientStats = { sent: 0, udp: 0, tcp: 0, retries: 0, timeouts: 0, shortCircuited: 0 };
  closed = false;

  constructor(readonly options: WireClientOptions) {
    this.servers = options.servers;
    this.limiter = createLimiter(options);
    this.overTcp = options.transport === 'tcp';
    const create = this.overTcp ? createTcpPipelineTransport : createUdpTransport;
    this.queries = create(options.socketsPerServer, options.timeoutMs, options.checkingDisabled);
    this.breakers = options.servers.map(() =>
      createCircuitBreaker({
        threshold: options.breakerThreshold,
        openMs: options.breakerOpenMs,
        // A reply would have come within one try's timeout.
        silenceMs: options.timeoutMs,
      }),
    );
  }

  /** The server for this try: the next in turn whose breaker lets a query through; -1 if none does. */
  pickServer(attempt: number): number {
    const { servers, breakers } = this;
    for (let k = 0; k < servers.length; k++) {
      const index = (attempt + k) % servers.length;
      const breaker = breakers[index] as CircuitBreaker;
      if (breaker.allow()) return index;
      if (breaker.probeDue()) this.probe(servers[index] as ServerAddress, breaker);
    }
    return -1;
  }

  /** The root's NS: any reply, even REFUSED from an authoritative-only server, shows it is back. */
  private probe(server: ServerAddress, breaker: CircuitBreaker): void {
    this.count();
    this.queries.send(server, '', 'NS', (result) => (result.ok ? breaker.replied() : breaker.probeFailed()));
  }

  private count(): void {
    this.stats.sent++;
    if (this.overTcp) this.stats.tcp++;
    else this.stats.udp++;
  }

  /** One try within the window: UDP, then TCP when the reply is truncated (RFC 7766 §5); or pipelined TCP. */
  sendOnce(server: ServerAddress, name: string, type: RRType, done: (result: TryResult) => void): void {
    this.limiter.acquire(() => {
      this.count();
      this.queries.send(server, name, type, (first) => {
        this.limiter.release();
        if (this.overTcp || !first.ok || !first.reply.truncated) return done(first);
        this.limiter.acquire(() => {
          this.stats.sent++;
          this.stats.tcp++;
          void queryOverTcp(server, name, type, this.options.timeoutMs, this.options.checkingDisabled).then(
            (viaTcp) => {
              this.limiter.release();
              done(viaTcp);
            },
          );
        });
      });
    });
  }

  close(): void {
    this.closed = true;
    this.queries.close();
  }
}

/**
 * One (name, type) until it has a reply or runs out of tries. A class, not closures: a scan makes
 * ~15 of these per domain, and tsx (esbuild keepNames) gives every named closure a
 * `Object.defineProperty(fn, 'name')` each time it is created.
 */
class Exchange {
  private attempt = 0;
  private servfail = false;
  private failures: string[] = [];

  constructor(
    private readonly client: Transports,
    private readonly name: string,
    private readonly type: RRType,
    private readonly done: WireDone,
  ) {}

  tryOnce(): void {
    const client = this.client;
    const index = client.closed ? -1 : client.pickServer(this.attempt);
    if (client.closed) this.fail('DNS client closed', false);
    else if (index < 0) {
      client.stats.shortCircuited++;
      this.fail(unreachableDetail(this.failures), true);
    } else
      client.sendOnce(client.servers[index] as ServerAddress, this.name, this.type, (result) =>
        this.settle(index, result),
      );
  }

  private settle(index: number, result: TryResult): void {
    const client = this.client;
    const server = client.servers[index] as ServerAddress;
    const breaker = client.breakers[index] as CircuitBreaker;
    if (result.ok) breaker.replied();
    else breaker.noReply();
    if (result.ok && result.reply.rcode !== 'SERVFAIL') {
      this.done({ ok: true, reply: result.reply, server });
      return;
    }
    if (!result.ok && result.timedOut) client.stats.timeouts++;
    this.servfail ||= result.ok;
    this.failures.push(`${formatServer(server)} ${result.ok ? 'SERVFAIL' : result.detail}`);
    if (++this.attempt >= client.options.tries || client.closed)
      this.fail(client.closed ? 'DNS client closed' : summarize(this.failures), false);
    else {
      client.stats.retries++;
      setTimeout(() => this.tryOnce(), client.options.backoffMs * 2 ** (this.attempt - 1));
    }
  }

  private fail(detail: string, unreachable: boolean): void {
    this.done({ ok: false, outcome: this.servfail ? 'servfail' : 'timeout', detail, unreachable });
  }
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
