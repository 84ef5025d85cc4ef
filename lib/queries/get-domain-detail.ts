import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/http/is-uuid';
import { readStoredReport, type StoredReportView } from '@/lib/scans/report-view';

export interface DomainDetail {
  id: string;
  ascii: string;
  unicode: string;
  parked: boolean;
  latest: { finishedAt: Date | null; status: string; report: StoredReportView | null } | null;
}

/** One domain with its latest finished scan. */
export async function getDomainDetail(id: string): Promise<DomainDetail | null> {
  if (!isUuid(id)) return null;
  const domain = await prisma.domain.findUnique({
    where: { id },
    select: {
      id: true,
      ascii: true,
      unicode: true,
      parked: true,
      scans: {
        where: { status: { in: ['complete', 'partial'] } },
        orderBy: { finishedAt: 'desc' },
        take: 1,
        select: { finishedAt: true, status: true, report: true },
      },
    },
  });
  if (!domain) return null;
  const { scans, ...rest } = domain;
  const scan = scans[0];
  return {
    ...rest,
    latest: scan
      ? { finishedAt: scan.finishedAt, status: scan.status, report: readStoredReport(scan.report) }
      : null,
  };
}
