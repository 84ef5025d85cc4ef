import { prisma } from '@/lib/db';

export interface DomainScanToRun {
  id: string;
  domain: { ascii: string; parked: boolean; selectors: string[] };
}

/**
 * Claims a queued domain-scan for a worker and starts its run. Returns null when there is nothing
 * to do: already finished (a duplicate or retried job), or the run was cancelled.
 */
export async function markDomainScanRunning(
  runId: string,
  domainId: string,
): Promise<DomainScanToRun | null> {
  const scan = await prisma.domainScan.findUnique({
    where: { runId_domainId: { runId, domainId } },
    select: {
      id: true,
      status: true,
      run: { select: { status: true } },
      domain: { select: { ascii: true, parked: true, selectors: true } },
    },
  });
  if (!scan || scan.run.status === 'cancelled') return null;
  if (scan.status !== 'queued' && scan.status !== 'running') return null;
  const now = new Date();
  await prisma.domainScan.update({ where: { id: scan.id }, data: { status: 'running', startedAt: now } });
  await prisma.scanRun.updateMany({
    where: { id: runId, status: 'queued' },
    data: { status: 'running', startedAt: now },
  });
  return { id: scan.id, domain: scan.domain };
}
