/**
 * The bare engine over the first N synthetic domains: auditDomain in this one process with the run
 * cache a worker uses (lib/scans/scan-dns.ts, the workers' DNS settings), no database, no queue.
 * What pipeline-vs-engine divides the pipeline's rate by.
 */
import { auditDomain } from '@/audit/audit-domain';
import type { AuditReport } from '@/audit/report';
import { env } from '@/lib/env';
import { createScanDns } from '@/lib/scans/scan-dns';
import { syntheticDomain } from './synthetic-domain';

export interface EngineRun {
  seconds: number;
  domainsPerSecond: number;
  cpuMsPerDomain: number;
  queriesPerDomain: number;
  partial: number;
}

/** Audits domains 0…count-1; `onReport` receives each report (history-growth keeps them). */
export async function runEngine(
  count: number,
  concurrency: number,
  dnsServer: string,
  onReport?: (index: number, report: AuditReport) => void,
): Promise<EngineRun> {
  const dns = await createScanDns({ ...env(), KENSA_DNS_SERVERS: dnsServer });
  const resolver = dns.resolverFor(`engine-${performance.now()}`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  let queries = 0;
  let partial = 0;
  const lane = async () => {
    while (next < count) {
      const index = next++;
      const domain = syntheticDomain(index);
      const report = await auditDomain(domain.ascii, {
        resolver,
        selectors: domain.selectors,
        parked: domain.parked,
      });
      onReport?.(index, report);
      queries += report.queries;
      if (report.status !== 'complete') partial++;
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, lane));
  } finally {
    dns.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    seconds: Math.round(seconds * 10) / 10,
    domainsPerSecond: Math.round(count / seconds),
    cpuMsPerDomain: Math.round(((used.user + used.system) / 1000 / count) * 100) / 100,
    queriesPerDomain: Math.round((queries / count) * 10) / 10,
    partial,
  };
}
