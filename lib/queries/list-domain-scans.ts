import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type ScanResultRow, scanResultSelect, toScanResultRow } from './scan-result-row';
import { visibleDomains } from './visible';

export interface ScanHistoryKey {
  finishedAt: Date;
  id: string;
}

/**
 * A domain's finished scan results, newest first, by keyset on (finished_at, id) — the
 * (domain_id, finished_at DESC) index — so paging stays cheap and stable while new scans land.
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
              { finishedAt: before.finishedAt, id: { lt: before.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ finishedAt: 'desc' }, { id: 'desc' }],
    take: page.limit + 1,
    select: scanResultSelect(page.withReport),
  });
  const rows = scans.slice(0, page.limit).map(toScanResultRow);
  const last = rows.at(-1);
  return {
    rows,
    next: scans.length > page.limit && last?.finishedAt ? { finishedAt: last.finishedAt, id: last.id } : null,
  };
}
