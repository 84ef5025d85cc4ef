/**
 * What the UDP and the pipelined TCP transports share: a few channels per server taken in turn (more
 * channels spread the ids, RFC 5452 §4.3, and the receive buffers), and one sweep timer per
 * transport that settles late queries, instead of one timer per query.
 */
import type { Settle } from './pending-queries';
import type { ServerAddress } from './servers';
import type { RRType } from './types';

export interface QueryTransport {
  /** Sends one query; `settle` is called exactly once, with the reply or why there is none. */
  send(server: ServerAddress, name: string, type: RRType, settle: Settle): void;
  /** Closes the channels; queries still waiting fail at once. */
  close(): void;
}

/** One socket or connection to one server and the queries waiting on it (pending-queries.ts). */
export interface Channel {
  send(name: string, type: RRType, settle: Settle): void;
  /** Settles the queries past their deadline; returns how many still wait. */
  expire(now: number): number;
  /** Gives every waiting query this many more milliseconds (the process was stalled). */
  postpone(ms: number): void;
  close(detail: string): void;
}

/** Opens one channel; `onBroken` drops the server's channels, so the next query opens new ones. */
export type OpenChannel = (server: ServerAddress, onBroken: () => void) => Channel;

/** How often waiting queries are checked for their deadline: a timeout fires up to this much late. */
const SWEEP_MS = 20;

/**
 * A sweep this much later than due means the process itself was stalled (a long synchronous task,
 * a major GC, no CPU on a loaded host) and read no socket meanwhile. The event loop runs timers
 * before it polls for I/O, so without care the first sweep after a stall would time out queries
 * whose replies sit unread in the socket buffers — and 20 such "timeouts" in a row with no reply
 * read for a timeout's length open the resolver's circuit breaker, making a healthy resolver
 * "unreachable" for every domain audited in the next second (the likely cause of 750 partial
 * results, all `dns.resolver-unreachable`, in one 100,000-domain rescan; dns-client-failures.test.ts
 * stalls a process this way). So the stall does not count against the server: the waiting queries
 * get its length added to their deadlines. Lateness below this is ordinary jitter of a busy loop,
 * which still reads its sockets every turn; counting it as a stall would stretch every timeout of
 * a loaded process (a dead server's queries must still fail in about their timeout).
 */
const STALL_MS = 250;

/**
 * How queries take turns on a server's channels: each query the next channel (UDP: every datagram is
 * its own send anyway, and spreading them spreads ids and receive buffers), or all the queries asked
 * in one synchronous stretch the same channel, the next stretch the next (pipelined TCP: they leave
 * in one write instead of one per connection; a warm engine 0.94 → 0.84 CPU ms per domain, three
 * A-B pairs of `scale-audit-cpu --concurrency 64 --transports tcp`).
 */
export type ChannelTurns = 'per-query' | 'per-stretch';

export function createChannelTransport(
  channelsPerServer: number,
  open: OpenChannel,
  turns: ChannelTurns = 'per-query',
): QueryTransport {
  // By the server's object (the client's list holds each once): no address string built per query.
  const groups = new Map<ServerAddress, ServerChannels>();
  let closed = false;
  let sweeper: NodeJS.Timeout | undefined;
  let lastSweep = 0;

  const sweep = () => {
    const now = performance.now();
    const stalled = now - lastSweep - SWEEP_MS;
    lastSweep = now;
    if (stalled > STALL_MS) for (const group of groups.values()) group.postpone(stalled);
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
        const onBroken = () => groups.delete(server);
        const channels = Array.from({ length: channelsPerServer }, () => open(server, onBroken));
        group = new ServerChannels(channels, turns);
        groups.set(server, group);
      }
      // The sweep keeps the process alive while queries wait, and only then.
      if (!sweeper) {
        lastSweep = performance.now();
        sweeper = setInterval(sweep, SWEEP_MS);
      }
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

class ServerChannels {
  private turn = 0;
  private nextTurnQueued = false;
  private readonly nextTurn = () => {
    this.nextTurnQueued = false;
    this.turn++;
  };

  constructor(
    private readonly channels: Channel[],
    private readonly turns: ChannelTurns,
  ) {}

  send(name: string, type: RRType, settle: Settle): void {
    const channel = this.channels[this.turn % this.channels.length] as Channel;
    if (this.turns === 'per-query') this.turn++;
    else if (!this.nextTurnQueued) {
      this.nextTurnQueued = true;
      queueMicrotask(this.nextTurn);
    }
    channel.send(name, type, settle);
  }

  expire(now: number): number {
    let waiting = 0;
    for (const channel of this.channels) waiting += channel.expire(now);
    return waiting;
  }

  postpone(ms: number): void {
    for (const channel of this.channels) channel.postpone(ms);
  }

  close(detail: string): void {
    for (const channel of this.channels) channel.close(detail);
  }
}
