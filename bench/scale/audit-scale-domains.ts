/** N synthetic domains from index `from`; drawn before a bench's clock starts (a worker reads them from its job). */
export function scaleDomains(count: number, from = 0): SyntheticDomain[] {
  return Array.from({ length: count }, (_, index) => syntheticDomain(from + index));
}

/**
 * Audits `domains` through `resolver`, `concurrency` at a time, as a worker would (the domain's own
 * selectors, its parked flag), and hands each report to `onReport` in the order the audits finish.
 */
import { auditDomain } from '@/audit/audit-domain';
import type { Resolver } from '@/audit/dns/types';
import type { AuditReport } from '@/audit/report';
import { type SyntheticDomain, syntheticDomain } from './synthetic-domain';

export async function auditScaleDomains(
  domains: SyntheticDomain[],
  options: { resolver: Resolver; concurrency: number; rfc8020?: boolean },
  onReport: (report: AuditReport, index: number) => void,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < domains.length) {
      const index = next++;
      const domain = domains[index] as SyntheticDomain;
      const report = await auditDomain(domain.ascii, {
        resolver: options.resolver,
        selectors: domain.selectors,
        parked: domain.parked,
        ...(options.rfc8020 === undefined ? {} : { rfc8020: options.rfc8020 }),
      });
      onReport(report, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, domains.length) }, lane));
}
