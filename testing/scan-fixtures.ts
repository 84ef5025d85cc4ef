/** For tests: scan runs stored as lib/scans/create-scan-run.ts stores them, without the queue. */
import { auditDomain } from '@/audit/audit-domain';
import type { Resolver } from '@/audit/dns/types';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { recordDomainScanResult } from '@/lib/scans/record-domain-scan-result';

/** A queued run with one queued domain-scan per domain; returns the run id and scan id per domain. */
export async function createRun(db: PrismaClient, domainIds: string[]) {
  const run = await db.scanRun.create({
    data: {
      trigger: 'manual',
      scope: { kind: 'domain', ids: domainIds },
      status: 'queued',
      total: domainIds.length,
      scans: { createMany: { data: domainIds.map((domainId) => ({ domainId, status: 'queued' })) } },
    },
    select: { id: true, scans: { select: { id: true, domainId: true } } },
  });
  return { runId: run.id, scanIds: new Map(run.scans.map((s) => [s.domainId, s.id])) };
}

/** Audits each domain through `resolver` and records the results as a worker's last attempt would. */
export async function scanDomains(
  db: PrismaClient,
  domains: Array<{ id: string; ascii: string }>,
  resolver: Resolver,
) {
  const { runId, scanIds } = await createRun(
    db,
    domains.map((d) => d.id),
  );
  for (const domain of domains) {
    const report = await auditDomain(domain.ascii, { resolver });
    await recordDomainScanResult(
      scanIds.get(domain.id) as string,
      { status: report.status, report: report as unknown as Prisma.InputJsonValue, queries: report.queries },
      db,
    );
  }
  return runId;
}
