/**
 * The network `Resolver`: asks real DNS servers (Knot in tests, the system's resolvers in production)
 * and reports each outcome exactly as types.ts defines it, following CNAMEs the way the memory
 * resolver does. Create one per scan run, share it, and `close()` it at the end.
 *
 * Layers: dns-client (CNAME chase) → wire-client (retries, servers, TCP fallback) → udp or pipelined
 * tcp transport (channel-transport, pending-queries) → wire-message (encode/decode) →
 * interpret-reply (RCODE and sections → outcome).
 */
import { z } from 'zod';
import { interpretReply, smallerTtl } from './interpret-reply';
import { normalizeName } from './names';
import { formatServer } from './servers';
import type { DnsAnswer, DnsOutcome, RecordData, Resolver, RRType } from './types';
import { createWireClient, type DnsClientStats, type WireClient, type WireResult } from './wire-client';

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
  /** UDP sockets, or TCP connections with `transport: 'tcp'`, per server. */
  socketsPerServer: z.number().int().min(1).max(64).default(4),
  /** 'tcp': every query over pipelined TCP connections (RFC 7766 §6.2.1.1) instead of UDP. */
  transport: z.enum(['udp', 'tcp']).default('udp'),
  /** Unanswered tries in a row that open a server's circuit breaker (circuit-breaker.ts). */
  breakerThreshold: z.number().int().min(1).default(20),
  /** How long an open breaker fails queries at once before one probe tries the server again. */
  breakerOpenMs: z.number().int().min(1).default(1000),
  /** Set CD on every query (RFC 4035 §3.2.2): a second client for telling bogus from SERVFAIL. */
  checkingDisabled: z.boolean().default(false),
});

export type DnsClientOptions = z.input<typeof optionsSchema>;

export interface DnsClient extends Resolver {
  stats(): DnsClientStats;
  /** Releases the sockets; later queries answer 'timeout' with detail "DNS client closed". */
  close(): void;
}

export function createDnsClient(options: DnsClientOptions): DnsClient {
  const wire = createWireClient(optionsSchema.parse(options));
  return {
    query: <T extends RRType>(asked: string, type: T) =>
      new Promise<DnsAnswer<T>>((resolve, reject) =>
        new CnameChase(wire, normalizeName(asked), type, resolve, reject).ask(),
      ),
    stats: () => wire.stats(),
    close: () => wire.close(),
  };
}

/**
 * One query to its answer: asks the name, then each CNAME target a reply leaves unanswered. By
 * callbacks and a class, so a query costs one promise (the caller's) and no named closures.
 */
class CnameChase<T extends RRType> {
  private readonly cnames: string[] = [];
  private ttl: number | null = null;
  // AD on every reply the answer took (the CNAME chase crosses zones, each validated on its own).
  private authenticated = true;
  private owner: string;

  constructor(
    private readonly wire: WireClient,
    private readonly name: string,
    private readonly type: T,
    private readonly resolve: (answer: DnsAnswer<T>) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    this.owner = name;
  }

  ask(): void {
    this.wire.exchange(this.owner, this.type, (result) => {
      // This runs in the socket's callback: an exception here must reject the query, as it did
      // when the chase was an async function, not escape into the event loop.
      try {
        this.read(result);
      } catch (error) {
        this.reject(error);
      }
    });
  }

  private read(result: WireResult): void {
    const { owner, type, name, cnames } = this;
    if (!result.ok) {
      this.done(result.outcome, [], `${owner} ${type}: ${result.detail}`, result.unreachable);
      return;
    }
    const meaning = interpretReply(result.reply, owner, type);
    // Against the earlier replies' targets only: a loop inside this reply is interpretReply's to name.
    const loop = meaning.cnames.find((target) => target === name || cnames.includes(target));
    for (const target of meaning.cnames) cnames.push(target);
    this.ttl = smallerTtl(this.ttl, meaning.ttl);
    this.authenticated &&= result.reply.authenticated;
    if (loop !== undefined) this.done('servfail', [], `CNAME loop at ${loop}`);
    else if (cnames.length > MAX_CNAME_CHAIN)
      this.done('servfail', [], `CNAME chain longer than ${MAX_CNAME_CHAIN}`);
    else if (meaning.chase === undefined) {
      const from =
        meaning.detail && `${meaning.detail} from ${formatServer(result.server)} for ${owner} ${type}`;
      this.done(meaning.outcome, meaning.records, from);
    } else {
      this.owner = meaning.chase;
      this.ask();
    }
  }

  private done(outcome: DnsOutcome, records: RecordData[T][], detail?: string, unreachable = false): void {
    const known = outcome === 'answer' || outcome === 'nxdomain' || outcome === 'nodata';
    this.resolve({
      name: this.name,
      type: this.type,
      outcome,
      records,
      ttl: known ? this.ttl : null,
      cnames: this.cnames,
      ...(this.authenticated && known ? { authenticated: true as const } : {}),
      ...(detail === undefined ? {} : { detail }),
      ...(unreachable ? { unreachable } : {}),
    });
  }
}
