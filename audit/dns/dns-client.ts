/**
 * The network `Resolver`: asks real DNS servers (Knot in tests, the system's resolvers in production)
 * and reports each outcome exactly as types.ts defines it, following CNAMEs the way the memory
 * resolver does. Create one per scan run, share it, and `close()` it at the end.
 *
 * Layers: dns-client (CNAME chase) → wire-client (retries, servers, TCP fallback) → udp/tcp
 * transports → wire-message (encode/decode) → interpret-reply (RCODE and sections → outcome).
 */
import { z } from 'zod';
import { interpretReply, minTtl } from './interpret-reply';
import { normalizeName } from './names';
import { formatServer } from './servers';
import type { DnsAnswer, DnsOutcome, RecordData, Resolver, RRType } from './types';
import { createWireClient, type DnsClientStats } from './wire-client';

export type { DnsClientStats } from './wire-client';

/** Same bound as the memory resolver; RFC 1034 §3.6.2 asks only that chains be followed with care. */
const MAX_CNAME_CHAIN = 8;

const optionsSchema = z.object({
  servers: z.array(z.object({ host: z.string().min(1), port: z.number().int().min(1).max(65535) })).min(1),
  /** Per try, UDP and TCP alike. */
  timeoutMs: z.number().int().positive().default(2000),
  tries: z.number().int().min(1).default(3),
  backoffMs: z.number().int().min(0).default(100),
  /** The window: queries on the wire at once, across sockets and servers. */
  maxInFlight: z.number().int().min(1).default(256),
  maxPerSecond: z.number().positive().optional(),
  socketsPerServer: z.number().int().min(1).max(64).default(4),
  /** Unanswered tries in a row that open a server's circuit breaker (circuit-breaker.ts). */
  breakerThreshold: z.number().int().min(1).default(20),
  /** How long an open breaker fails queries at once before one probe tries the server again. */
  breakerOpenMs: z.number().int().min(1).default(1000),
});

export type DnsClientOptions = z.input<typeof optionsSchema>;

export interface DnsClient extends Resolver {
  stats(): DnsClientStats;
  /** Releases the sockets; later queries answer 'timeout' with detail "DNS client closed". */
  close(): void;
}

export function createDnsClient(options: DnsClientOptions): DnsClient {
  const wire = createWireClient(optionsSchema.parse(options));

  async function query<T extends RRType>(asked: string, type: T): Promise<DnsAnswer<T>> {
    const name = normalizeName(asked);
    const cnames: string[] = [];
    let ttl: number | null = null;
    const done = (
      outcome: DnsOutcome,
      records: RecordData[T][] = [],
      detail?: string,
      unreachable = false,
    ): DnsAnswer<T> => ({
      name,
      type,
      outcome,
      records,
      ttl: outcome === 'answer' || outcome === 'nxdomain' || outcome === 'nodata' ? ttl : null,
      cnames,
      ...(detail === undefined ? {} : { detail }),
      ...(unreachable ? { unreachable } : {}),
    });

    let owner = name;
    for (;;) {
      const result = await wire.exchange(owner, type);
      if (!result.ok)
        return done(result.outcome, [], `${owner} ${type}: ${result.detail}`, result.unreachable);
      const meaning = interpretReply(result.reply, owner, type);
      const loop = meaning.cnames.find((target) => target === name || cnames.includes(target));
      cnames.push(...meaning.cnames);
      ttl = minTtl([ttl, meaning.ttl]);
      if (loop !== undefined) return done('servfail', [], `CNAME loop at ${loop}`);
      if (cnames.length > MAX_CNAME_CHAIN)
        return done('servfail', [], `CNAME chain longer than ${MAX_CNAME_CHAIN}`);
      if (meaning.chase === undefined) {
        const from =
          meaning.detail && `${meaning.detail} from ${formatServer(result.server)} for ${owner} ${type}`;
        return done(meaning.outcome, meaning.records, from);
      }
      owner = meaning.chase;
    }
  }

  return { query, stats: wire.stats, close: wire.close };
}
