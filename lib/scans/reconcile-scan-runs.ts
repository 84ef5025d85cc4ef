import type { Queue } from 'bullmq';
import { prisma } from '@/lib/db';
import { refreshRollupsForRun } from '@/lib/history/refresh-rollups-for-run';
import { enqueueDomainScans } from '@/lib/jobs/enqueue-domain-scans';
import { scanDomainJobId } from '@/lib/jobs/scan-domain-job';

export interface ReconcileResult {
  /** Unfinished runs whose rows were all final, marked complete. */
  finished: number;
  /** Domain scans whose job was missing, failed for good, or completed without a result: re-enqueued. */
  requeued: number;
}

/** Job states in which the job will still run (or runs now): nothing to repair. */
const PARALLEL = 100;
const GRACE_MS = 3000;

/**
 * Repairs what the database says is unfinished but Redis will never finish: a job lost with Redis's
 * data, one that failed for good while the database was down, or one that ran out of stalls. The
 * dead job is removed and added again under the same id; re-adding is safe because the handler skips
 * a final row. Also completes runs whose rows are all final but whose status was left behind.
 */
export async function reconcileScanRuns(queue: Queue): Promise<ReconcileResult> {
  const finished = await finishSettledRuns();
  // A run completed here skipped the refresh its last result would have made.
  for (const run of finished) await refreshRollupsForRun(prisma, run.id);
  let requeued = 0;
  for (const [runId, scans] of await findDeadScans(queue)) {
    // A job that finished between the two reads is removed and re-added too: it will skip.
    await Promise.all(
      scans
        .filter((scan) => scan.exists)
        .map((scan) => queue.remove(scanDomainJobId({ runId, domainId: scan.domainId }))),
    );
    await enqueueDomainScans(
      queue,
      runId,
      scans.map((scan) => scan.domainId),
    );
    requeued += scans.length;
  }
  return { finished: finished.length, requeued };
}

interface DeadScan {
  domainId: string;
  /** The job is still in Redis (failed or completed) and must be removed before it is added again. */
  exists: boolean;
}

/** Unfinished domain scans of unfinished runs whose job will never run, by run id. */
async function findDeadScans(queue: Queue): Promise<Map<string, DeadScan[]>> {
  const open = await prisma.domainScan.findMany({
    where: {
      status: { in: ['queued', 'running'] },
      // A run this young may still be being enqueued by its creator.
      run: { status: { in: ['queued', 'running'] }, createdAt: { lt: new Date(Date.now() - GRACE_MS) } },
    },
    select: { runId: true, domainId: true },
  });
  const dead = new Map<string, DeadScan[]>();
  for (let i = 0; i < open.length; i += PARALLEL) {
    const batch = open.slice(i, i + PARALLEL);
    // getJob reads one hash; getJobState would search the wait list, whose length grows with the
    // run (measured: up to 13 ms per call at 100k domains, half a Redis core for the reconciler).
    const jobs = await Promise.all(batch.map((scan) => queue.getJob(scanDomainJobId(scan))));
    batch.forEach((scan, k) => {
      const job = jobs[k];
      // No finishedOn: waiting, delayed or active — it will run. Finished (completed or failed for
      // good) while the row is not final, or gone: it never will.
      if (job && !job.finishedOn) return;
      const scans = dead.get(scan.runId) ?? [];
      scans.push({ domainId: scan.domainId, exists: job !== undefined });
      dead.set(scan.runId, scans);
    });
  }
  return dead;
}

/**
 * Counters are recomputed from the rows; once no row is queued or running nothing can move them any
 * more, so this cannot race with a result being recorded.
 */
function finishSettledRuns(): Promise<{ id: string }[]> {
  return prisma.$queryRaw<{ id: string }[]>`
    UPDATE scan_runs r
    SET status = 'complete',
        done = (SELECT count(*) FROM domain_scans s WHERE s.run_id = r.id AND s.status IN ('complete', 'partial')),
        failed = (SELECT count(*) FROM domain_scans s WHERE s.run_id = r.id AND s.status = 'failed'),
        started_at = coalesce(r.started_at, now()),
        finished_at = now()
    WHERE r.status IN ('queued', 'running')
      AND NOT EXISTS (SELECT 1 FROM domain_scans s WHERE s.run_id = r.id AND s.status IN ('queued', 'running'))
    RETURNING r.id::text AS id`;
}
