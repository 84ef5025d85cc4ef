import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import type { ScanRunRow } from './list-scan-runs';
import { scanResultId } from './scan-result-id';
import { visibleDomains, visibleScanRuns } from './visible';

export interface ScanRunDetail extends ScanRunRow {
  byStatus: Record<string, number>;
  problems: Array<{
    id: string;
    status: string;
    error: string | null;
    domain: { id: string; ascii: string; unicode: string };
  }>;
}

const PROBLEMS_SHOWN = 200;

/**
 * One run with its per-status counts (domains still on its work list count as queued) and the
 * domains that failed or ended partial.
 */
export async function getScanRun(viewer: Viewer, id: string): Promise<ScanRunDetail | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  const [run, counts, queued, problems] = await Promise.all([
    prisma.scanRun.findFirst({ where: { id, ...visibleScanRuns(viewer) } }),
    prisma.domainScan.groupBy({
      by: ['status'],
      where: { run: { id }, domain: visibleDomains(viewer) },
      _count: { _all: true },
    }),
    prisma.scanRunItem.count({ where: { runId: id, domain: visibleDomains(viewer) } }),
    prisma.domainScan.findMany({
      where: { run: { id }, status: { in: ['failed', 'partial'] }, domain: visibleDomains(viewer) },
      take: PROBLEMS_SHOWN,
      orderBy: { finishedAt: 'desc' },
      select: {
        status: true,
        error: true,
        domain: { select: { id: true, ascii: true, unicode: true } },
      },
    }),
  ]);
  if (!run) return null;
  return {
    id: run.id,
    trigger: run.trigger,
    scope: run.scope,
    status: run.status,
    total: run.total,
    done: run.done,
    failed: run.failed,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    byStatus: {
      ...Object.fromEntries(counts.map((c) => [c.status, c._count._all])),
      ...(queued > 0 ? { queued } : {}),
    },
    problems: problems.map((p) => ({ id: scanResultId(run.id, p.domain.id), ...p })),
  };
}
