import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type ScanResultRow, scanResultSelect, toScanResultRow } from './scan-result-row';
import { visibleDomains } from './visible';

/**
 * The per-domain results of one run, by keyset on domain id (the primary key (run_number, domain_id)),
 * including domains still queued or running.
 */
export async function listScanRunResults(
  viewer: Viewer,
  runId: string,
  page: { afterDomainId: string | null; limit: number; withReport: boolean },
  db: PrismaClient = prisma,
): Promise<{ rows: ScanResultRow[]; next: string | null }> {
  readAs(viewer);
  const scans = await db.domainScan.findMany({
    where: {
      run: { id: runId },
      domain: visibleDomains(viewer),
      ...(page.afterDomainId ? { domainId: { gt: page.afterDomainId } } : {}),
    },
    orderBy: { domainId: 'asc' },
    take: page.limit + 1,
    select: scanResultSelect(page.withReport),
  });
  const rows = scans.slice(0, page.limit).map(toScanResultRow);
  return { rows, next: scans.length > page.limit ? (rows.at(-1)?.domain.id ?? null) : null };
}
