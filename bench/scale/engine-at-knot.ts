/**
 * One timed run of the bare engine, counted at Knot, (no database, no queue) over the first N synthetic domains at
 * a Knot of withScaleKnot: a fresh worker DNS (createScanDns: window, sockets, run cache), the
 * domains drawn before the clock starts. What it measured, and every network question it asked.
 */
import type { Resolver } from '@/audit/dns/types';
import type { AuditReport } from '@/audit/report';
import { createScanDns } from '@/lib/scans/scan-dns';
import { auditScaleDomains, scaleDomains } from './audit-scale-domains';
import type { ScaleKnot } from './scale-knot';

export interface KnotEngineRun {
  domains: number;
  seconds: number;
  cpuMs: number;
  /** cpuMs split: user and system (the kernel's share, mostly the UDP sends). */
  userMs: number;
  systemMs: number;
  /** Queries that reached Knot during the run. */
  queriesAtKnot: number;
  partial: number;
}

export async function runEngineAtKnot(
  knot: ScaleKnot,
  count: number,
  concurrency: number,
  onNetworkQuestion?: (name: string, type: string) => void,
  onReport?: (report: AuditReport, index: number) => void,
  /** The index of the first domain audited (a warm-up pass uses domains past the timed ones). */
  from = 0,
  transport: 'udp' | 'tcp' = 'udp',
): Promise<KnotEngineRun> {
  const dns = await createScanDns({
    KENSA_DNS_SERVERS: `127.0.0.1:${knot.port}`,
    KENSA_DNS_QPS: 0,
    KENSA_DNS_TIMEOUT_MS: 2000,
    KENSA_DNS_TRIES: 3,
    KENSA_DNS_TRANSPORT: transport,
  });
  try {
    const shared = dns.resolverFor('bench');
    const resolver: Resolver = onNetworkQuestion ? recording(shared, onNetworkQuestion) : shared;
    const domains = scaleDomains(count, from);
    const before = await knot.queriesReceived();
    const cpu = process.cpuUsage();
    const started = performance.now();
    let partial = 0;
    await auditScaleDomains(domains, { resolver, concurrency }, (report, index) => {
      if (report.status !== 'complete') partial++;
      onReport?.(report, index);
      JSON.stringify(report); // the worker serializes the report for the database
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const queriesAtKnot = (await knot.queriesReceived()) - before;
    return {
      domains: count,
      seconds,
      cpuMs: (used.user + used.system) / 1000,
      userMs: used.user / 1000,
      systemMs: used.system / 1000,
      queriesAtKnot,
      partial,
    };
  } finally {
    dns.close();
  }
}

/** Sees the questions that miss the run cache (both its cached and its uncached side). */
function recording(inner: Resolver, see: (name: string, type: string) => void): Resolver {
  const uncached = inner.uncached;
  return {
    query: (name, type) => inner.query(name, type),
    ...(uncached && {
      uncached: {
        query: (name, type) => {
          see(name, type);
          return uncached.query(name, type);
        },
      },
    }),
  };
}
