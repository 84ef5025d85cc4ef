import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type ScanResultRow, scanResultSelect, toScanResultRow } from './scan-result-row';
import { visibleDomains } from './visible';

/** Where a page of a domain's history ends: its last scan's finished_at and run number (the scan's key with the domain). */
export interface ScanHistoryKey {
  finishedAt: Date;
  runNumber: number;
}

/**
 * A domain's finished scan results, newest first, by keyset on (finished_at, run number) —
 * the (domain_id, finished_at DESC) index; a domain has one scan per run — so paging stays cheap and stable while new scans land.
 * Nothing for a domain outside the viewer's groups.
 */
export async function listDomainScans(
  viewer: Viewer,
  domainId: string,
  page: { before: ScanHistoryKey | null; limit: number; withReport: boolean },
  db: PrismaClient = prisma,
): Promise<{ rows: ScanResultRow[]; next: ScanHistoryKey | null }> {
  readAs(viewer);
  const { before } = page;
  const scans = await db.domainScan.findMany({
    where: {
      domainId,
      ...(viewer.groupIds === null ? {} : { domain: visibleDomains(viewer) }),
      finishedAt: { not: null },
      ...(before
        ? {
            OR: [
              { finishedAt: { lt: before.finishedAt } },
              { finishedAt: before.finishedAt, runNumber: { lt: before.runNumber } },
            ],
          }
        : {}),
    },
    orderBy: [{ finishedAt: 'desc' }, { runNumber: 'desc' }],
    take: page.limit + 1,
    select: scanResultSelect(page.withReport),
  });
  const last = scans.at(page.limit - 1);
  return {
    rows: scans.slice(0, page.limit).map(toScanResultRow),
    next:
      scans.length > page.limit && last?.finishedAt
        ? { finishedAt: last.finishedAt, runNumber: last.runNumber }
        : null,
  };
}
