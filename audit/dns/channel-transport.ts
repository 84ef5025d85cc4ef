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
  close(detail: string): void;
}

/** Opens one channel; `onBroken` drops the server's channels, so the next query opens new ones. */
export type OpenChannel = (server: ServerAddress, onBroken: () => void) => Channel;

/** How often waiting queries are checked for their deadline: a timeout fires up to this much late. */
const SWEEP_MS = 20;

export function createChannelTransport(channelsPerServer: number, open: OpenChannel): QueryTransport {
  // By the server's object (the client's list holds each once): no address string built per query.
  const groups = new Map<ServerAddress, ServerChannels>();
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
        const onBroken = () => groups.delete(server);
        group = new ServerChannels(Array.from({ length: channelsPerServer }, () => open(server, onBroken)));
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

class ServerChannels {
  private turn = 0;

  constructor(private readonly channels: Channel[]) {}

  send(name: string, type: RRType, settle: Settle): void {
    (this.channels[this.turn++ % this.channels.length] as Channel).send(name, type, settle);
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
