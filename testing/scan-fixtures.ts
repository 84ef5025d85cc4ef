/** For tests: scan runs stored as lib/scans/create-scan-run.ts stores them, without the queue. */
import { auditDomain } from '@/audit/audit-domain';
import type { Resolver } from '@/audit/dns/types';
import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { finalizeScanRun } from '@/lib/scans/finalize-scan-run';
import { recordScanResults, type ScanResult } from '@/lib/scans/record-scan-results';

/**
 * A queued run whose work list holds each domain (one chunk); returns the run id. Its scope records
 * the ids, as a run of chosen domains does, unless `all` (a run of every domain records none).
 */
export async function createRun(db: PrismaClient, domainIds: string[], all = false): Promise<string> {
  const run = await db.scanRun.create({
    data: {
      trigger: 'manual',
      scope: all ? { kind: 'all' } : { kind: 'domain', ids: domainIds },
      status: 'queued',
      total: domainIds.length,
      items: { createMany: { data: domainIds.map((domainId) => ({ domainId, chunk: 0 })) } },
    },
    select: { id: true },
  });
  return run.id;
}

/**
 * Audits each domain through `resolver` and records the results as a worker's last attempt would:
 * one batch, then the run finalized. `sections` adds report sections of checks the audit does not
 * run itself (issue 15's, in tests of the metric plumbing).
 */
export async function scanDomains(
  db: PrismaClient,
  domains: Array<{ id: string; ascii: string }>,
  resolver: Resolver,
  sections: (ascii: string) => Partial<AuditReport> = () => ({}),
) {
  const runId = await createRun(
    db,
    domains.map((d) => d.id),
  );
  const results: ScanResult[] = [];
  for (const domain of domains) {
    const report = { ...(await auditDomain(domain.ascii, { resolver })), ...sections(domain.ascii) };
    results.push({
      domainId: domain.id,
      outcome: { status: report.status, report },
    });
  }
  await recordScanResults(runId, results, db);
  await finalizeScanRun(runId, db);
  return runId;
}
