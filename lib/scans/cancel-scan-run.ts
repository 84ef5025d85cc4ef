import type { Queue } from 'bullmq';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { refreshComplianceForRun } from '@/lib/compliance/refresh-compliance-for-run';
import { prisma } from '@/lib/db';
import { refreshRollupsForRun } from '@/lib/history/refresh-rollups-for-run';
import { CANCELLED_ERROR } from '@/lib/history/scan-day-sql';
import { scanChunkJobId } from '@/lib/jobs/scan-chunk-job';
import { within } from '@/lib/jobs/within';
import { runLockKey } from './run-lock-key';

export type CancelScanRunResult =
  | { ok: true; cancelled: number; removedJobs: number | 'late' }
  | { ok: false; code: 'not_found' | 'finished' };

const REDIS_WAIT_MS = 5000;

/**
 * Cancels a run. Its unfinished domains leave the work list (scan_run_items) and are stored as
 * `failed` scans with error "cancelled", counted as failed, so done + failed = total and the
 * progress bar ends coherent. Jobs still waiting are removed; a job already auditing finishes but
 * records nothing, since its items are gone (and a job that starts later sees the cancelled run and
 * skips). Recorded as `scan-run.cancel` in the same transaction.
 */
export async function cancelScanRun(
  queue: Queue,
  runId: string,
  actor: AuditActor,
): Promise<CancelScanRunResult> {
  const result = await prisma.$transaction(async (tx) => {
    // Waits for result batches in flight (they hold it shared) and keeps new ones out until commit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${runLockKey(runId)})`;
    const rows = await tx.$queryRaw<{ domain_id: string; chunk: number }[]>`
      DELETE FROM scan_run_items
      WHERE run_id = ${runId}::uuid
        AND EXISTS (SELECT 1 FROM scan_runs WHERE id = ${runId}::uuid AND status IN ('queued', 'running'))
      RETURNING domain_id::text, chunk`;
    await tx.$executeRaw`
      INSERT INTO domain_scans (run_number, domain_id, status, error, finished_at)
      SELECT run.number, r.domain_id, 'failed', ${CANCELLED_ERROR}, now()
      FROM unnest(${rows.map((row) => row.domain_id)}::uuid[]) AS r(domain_id)
      JOIN scan_runs run ON run.id = ${runId}::uuid
      ON CONFLICT (run_number, domain_id) DO NOTHING`;
    const before = await tx.scanRun.findUnique({ where: { id: runId }, select: { status: true } });
    const run = await tx.scanRun.updateMany({
      where: { id: runId, status: { in: ['queued', 'running'] } },
      data: { status: 'cancelled', failed: { increment: rows.length }, finishedAt: new Date() },
    });
    if (run.count === 0) return before ? 'finished' : 'not_found';
    await recordAuditEvent(
      actor,
      {
        action: 'scan-run.cancel',
        target: { type: 'scan-run', id: runId },
        before: { status: before?.status ?? null },
        after: { status: 'cancelled', cancelledDomains: rows.length },
      },
      tx,
    );
    // Results stored before the cancel count in the adoption figures; their last writer never refreshed.
    await refreshRollupsForRun(tx, runId);
    await refreshComplianceForRun(tx, runId);
    return rows;
  });
  if (!Array.isArray(result)) return { ok: false, code: result };
  const chunks = [...new Set(result.map((row) => row.chunk))];
  const removal = Promise.all(chunks.map((chunk) => queue.remove(scanChunkJobId({ runId, chunk })))).then(
    (removed) => removed.reduce((sum, n) => sum + n, 0),
  );
  const removedJobs = await within(removal, REDIS_WAIT_MS, `scan run ${runId}: removing cancelled jobs`);
  return { ok: true, cancelled: result.length, removedJobs };
}
