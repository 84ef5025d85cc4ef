import { prisma } from '@/lib/db';

export interface DomainScanToRun {
  id: string;
  domain: { ascii: string; parked: boolean; selectors: string[] };
}

/**
 * Claims a queued domain-scan for a worker and starts its run. Returns null when there is nothing
 * to do: already finished (a duplicate or retried job), or the run was cancelled. The claim is a
 * conditional update, so a cancel that has just finalized the row is never overwritten.
 */
export async function markDomainScanRunning(
  runId: string,
  domainId: string,
): Promise<DomainScanToRun | null> {
  const now = new Date();
  const claimed = await prisma.domainScan.updateMany({
    where: {
      runId,
      domainId,
      status: { in: ['queued', 'running'] },
      run: { status: { in: ['queued', 'running'] } },
    },
    data: { status: 'running', startedAt: now },
  });
  if (claimed.count === 0) return null;
  await prisma.scanRun.updateMany({
    where: { id: runId, status: 'queued' },
    data: { status: 'running', startedAt: now },
  });
  const scan = await prisma.domainScan.findUniqueOrThrow({
    where: { runId_domainId: { runId, domainId } },
    select: { id: true, domain: { select: { ascii: true, parked: true, selectors: true } } },
  });
  return scan;
}
