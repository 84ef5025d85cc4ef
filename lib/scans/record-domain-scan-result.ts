import type { AuditReport } from '@/audit/report';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { adoptionFlags, UNKNOWN_FLAGS } from '@/lib/history/adoption-flags';
import { recordScanHistory } from '@/lib/history/record-scan-history';
import { refreshRollupsForRun } from '@/lib/history/refresh-rollups-for-run';
import type { ScanHistoryOutcome } from '@/lib/history/scan-outcome';

export type DomainScanOutcome =
  | { status: 'complete' | 'partial'; report: Prisma.InputJsonValue; queries: number }
  | { status: 'failed'; error: string };

/** A stored result: its run, and whether this result finished it (then alerts evaluate the run). */
export interface RecordedResult {
  runId: string;
  runCompleted: boolean;
}

/** The last result of a large run also recomputes the run's rollups, which takes longer than Prisma's 5 s default. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Stores a domain's result exactly once. The conditional update only moves a row that is still
 * queued or running, so a job that runs twice (a retry after a crash, a stalled lock) cannot count
 * twice; the history (flags, findings, DKIM keys, events, current state, day status) is written in
 * the same transaction, and whichever result finishes the run marks it complete and refreshes the
 * adoption rollups of the scopes and days it touched. `db` is for tests with their own database.
 * Returns false when nothing was stored (the row was already final).
 */
export async function recordDomainScanResult(
  domainScanId: string,
  outcome: DomainScanOutcome,
  db: PrismaClient = prisma,
): Promise<false | RecordedResult> {
  const history = historyOutcome(outcome);
  const finishedAt = new Date();
  return db.$transaction(
    async (tx) => {
      const moved = await tx.domainScan.updateMany({
        where: { id: domainScanId, status: { in: ['queued', 'running'] } },
        data:
          outcome.status === 'failed'
            ? { status: 'failed', error: outcome.error.slice(0, 2000), finishedAt }
            : {
                status: outcome.status,
                report: outcome.report,
                queries: outcome.queries,
                finishedAt,
                ...history.flags,
              },
      });
      if (moved.count === 0) return false;
      const { runId, domainId } = await tx.domainScan.findUniqueOrThrow({
        where: { id: domainScanId },
        select: { runId: true, domainId: true },
      });
      await recordScanHistory(tx, { id: domainScanId, domainId, finishedAt }, history);
      const run = await tx.scanRun.update({
        where: { id: runId },
        data: outcome.status === 'failed' ? { failed: { increment: 1 } } : { done: { increment: 1 } },
        select: { done: true, failed: true, total: true, status: true },
      });
      if (run.done + run.failed >= run.total && run.status !== 'cancelled') {
        await tx.scanRun.update({
          where: { id: runId },
          data: { status: 'complete', finishedAt: new Date() },
        });
        await refreshRollupsForRun(tx, runId);
        return { runId, runCompleted: true };
      }
      return { runId, runCompleted: false };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

// The worker stores the AuditReport it produced, typed as JSON for Prisma.
function historyOutcome(outcome: DomainScanOutcome): ScanHistoryOutcome {
  if (outcome.status === 'failed') return { status: 'failed', error: outcome.error, flags: UNKNOWN_FLAGS };
  const report = outcome.report as unknown as AuditReport;
  return { status: outcome.status, report, flags: adoptionFlags(report) };
}
