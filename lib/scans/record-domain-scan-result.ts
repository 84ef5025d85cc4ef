import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';

export type DomainScanOutcome =
  | { status: 'complete' | 'partial'; report: Prisma.InputJsonValue; queries: number }
  | { status: 'failed'; error: string };

/**
 * Stores a domain's result exactly once. The conditional update only moves a row that is still
 * queued or running, so a job that runs twice (a retry after a crash, a stalled lock) cannot count
 * twice; the run is then marked complete by whichever result finishes it.
 */
export async function recordDomainScanResult(
  domainScanId: string,
  outcome: DomainScanOutcome,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const moved = await tx.domainScan.updateMany({
      where: { id: domainScanId, status: { in: ['queued', 'running'] } },
      data:
        outcome.status === 'failed'
          ? { status: 'failed', error: outcome.error.slice(0, 2000), finishedAt: new Date() }
          : {
              status: outcome.status,
              report: outcome.report,
              queries: outcome.queries,
              finishedAt: new Date(),
            },
    });
    if (moved.count === 0) return false;
    const { runId } = await tx.domainScan.findUniqueOrThrow({
      where: { id: domainScanId },
      select: { runId: true },
    });
    const run = await tx.scanRun.update({
      where: { id: runId },
      data: outcome.status === 'failed' ? { failed: { increment: 1 } } : { done: { increment: 1 } },
      select: { done: true, failed: true, total: true, status: true },
    });
    if (run.done + run.failed >= run.total && run.status !== 'cancelled') {
      await tx.scanRun.update({ where: { id: runId }, data: { status: 'complete', finishedAt: new Date() } });
    }
    return true;
  });
}
