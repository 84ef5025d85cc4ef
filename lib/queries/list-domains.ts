import { prisma } from '@/lib/db';
import { spfRecordOf } from '@/lib/scans/report-view';

export interface DomainListRow {
  id: string;
  ascii: string;
  unicode: string;
  lastScanAt: Date | null;
  spfRecord: string | null;
}

/** Active domains with their latest finished scan (first page; issue 5 brings server-side paging). */
export async function listDomains(limit = 200): Promise<DomainListRow[]> {
  const domains = await prisma.domain.findMany({
    where: { archivedAt: null },
    orderBy: { ascii: 'asc' },
    take: limit,
    select: {
      id: true,
      ascii: true,
      unicode: true,
      scans: {
        where: { status: { in: ['complete', 'partial'] } },
        orderBy: { finishedAt: 'desc' },
        take: 1,
        select: { finishedAt: true, report: true },
      },
    },
  });
  return domains.map(({ scans, ...domain }) => ({
    ...domain,
    lastScanAt: scans[0]?.finishedAt ?? null,
    spfRecord: spfRecordOf(scans[0]?.report),
  }));
}
