import type { Queue } from 'bullmq';
import { prisma } from '@/lib/db';
import { enqueueScanChunks } from '@/lib/jobs/enqueue-scan-chunks';
import { scanChunkJobId } from '@/lib/jobs/scan-chunk-job';
import { finalizeScanRun } from './finalize-scan-run';
import { findOpenChunks } from './find-open-chunks';

export interface ReconcileResult {
  /** Runs finalized here: their domains were all stored but no one had finished them. */
  finished: number;
  /** Chunk jobs that were missing, failed for good, or completed with domains left: enqueued again. */
  requeued: number;
}

/** A run this young may still be being enqueued by its creator. */
const GRACE_MS = 3000;

/**
 * Repairs what the database says is unfinished but Redis will never finish: a chunk job lost with
 * Redis's data, one that failed for good while the database was down, or one that ran out of
 * stalls; and finishes runs whose domains are all stored but whose finalizer died. The dead job is
 * removed and added again under the same id; re-adding is safe because a chunk claims only its
 * unfinished domains. `progress` (kept by the caller between passes) is what each open run had done at
 * the last pass: a run that moved since is alive and costs one row read, so a pass costs O(open runs)
 * plus O(chunks) only for runs that stopped moving — never O(open jobs).
 */
export async function reconcileScanRuns(
  queue: Queue,
  progress: Map<string, number> = new Map(),
): Promise<ReconcileResult> {
  const runs = await prisma.$queryRaw<Array<{ id: string; progress: number; settled: boolean }>>`
    SELECT id::text, done + failed AS progress, done + failed >= total AS settled FROM scan_runs
    WHERE status IN ('queued', 'running') AND created_at < ${new Date(Date.now() - GRACE_MS)}::timestamptz`;
  const result: ReconcileResult = { finished: 0, requeued: 0 };
  const open = new Set(runs.map((run) => run.id));
  for (const id of progress.keys()) if (!open.has(id)) progress.delete(id);
  for (const run of runs) {
    const before = progress.get(run.id);
    progress.set(run.id, run.progress);
    // Moved since the last pass: alive. Seen for the first time (a worker just started): checked.
    if (!run.settled && before !== undefined && before !== run.progress) continue;
    if (!run.settled) await recountIfSettled(run.id);
    if (await finalizeScanRun(run.id)) {
      result.finished++;
      continue;
    }
    result.requeued += await requeueDeadChunks(queue, run.id);
  }
  return result;
}

/** Enqueues again the open chunks of a run whose job will never run; returns how many. */
async function requeueDeadChunks(queue: Queue, runId: string): Promise<number> {
  const dead: number[] = [];
  for (const chunk of await findOpenChunks(runId)) {
    // getJob reads one hash (O(1)); getJobState would search the wait list, which grows with the queue.
    const job = await queue.getJob(scanChunkJobId({ runId, chunk }));
    // No finishedOn: waiting, delayed or active — it will run. Finished (completed or failed for
    // good) while rows are open, or gone: it never will.
    if (job && !job.finishedOn) continue;
    if (job) await job.remove();
    dead.push(chunk);
  }
  await enqueueScanChunks(queue, runId, dead);
  return dead.length;
}

/**
 * Counters recomputed from the stored scans of a run whose work list is empty (nothing can move
 * them then, so this cannot race with a batch).
 */
async function recountIfSettled(runId: string): Promise<void> {
  await prisma.$executeRaw`
    UPDATE scan_runs r
    SET done = (SELECT count(*) FROM domain_scans s WHERE s.run_number = r.number AND s.status IN ('complete', 'partial')),
        failed = (SELECT count(*) FROM domain_scans s WHERE s.run_number = r.number AND s.status = 'failed')
    WHERE r.id = ${runId}::uuid AND r.status IN ('queued', 'running')
      AND NOT EXISTS (SELECT 1 FROM scan_run_items i WHERE i.run_id = r.id)`;
}
