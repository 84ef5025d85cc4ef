/**
 * The auditor Kensa is measured against in queries-per-domain: the same checks, asked the naive
 * way — one query at a time, one domain at a time, no cache shared between domains (nor within
 * one), the whole DKIM dictionary whatever `_domainkey` says (no RFC 8020 cut), ADSP always read.
 */
import { auditDomain } from '@/audit/audit-domain';
import type { DnsClient } from '@/audit/dns/dns-client';
import { createLimiter } from '@/audit/dns/limiter';
import type { Resolver } from '@/audit/dns/types';
import type { AuditReport } from '@/audit/report';
import type { SyntheticDomain } from './synthetic-domain';

export async function auditNaively(
  domains: SyntheticDomain[],
  client: DnsClient,
  onReport: (report: AuditReport, index: number) => void,
): Promise<void> {
  const oneAtATime = createLimiter({ maxInFlight: 1 });
  const resolver: Resolver = { query: (name, type) => oneAtATime.run(() => client.query(name, type)) };
  for (const [index, domain] of domains.entries()) {
    const report = await auditDomain(domain.ascii, {
      resolver,
      selectors: domain.selectors,
      parked: domain.parked,
      rfc8020: false,
    });
    onReport(report, index);
  }
}
