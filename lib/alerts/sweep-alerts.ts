import type { Queue } from 'bullmq';
import type { PrismaClient } from '@/generated/prisma/client';
import type { DeliveryRetry } from './alert-jobs';
import { enqueueDeliveries, enqueueRunEvaluations } from './enqueue-alert-jobs';

/** Runs finished this recently are re-offered for evaluation; their jobs are kept longer than this. */
const LOOK_BACK_MS = 24 * 3600 * 1000;
/** A pending delivery this old whose job Redis lost is enqueued again. */
const PENDING_GRACE_MS = 60_000;
/** Longer than every retry schedule; bounds the read to recent rows (index on created_at). */
const PENDING_LOOK_BACK_MS = 7 * 24 * 3600 * 1000;

/**
 * The repair pass the workers' reconciler runs: every run finished in the last day gets its
 * evaluation job and every pending delivery its send job. Both use ids BullMQ already holds for
 * work it has or had, so this only adds what an outage lost (a run completed while Redis was down,
 * by the reconciler, or by a cancel in the web app). Returns how many it offered.
 */
export async function sweepAlerts(
  queue: Queue,
  db: PrismaClient,
  retry: DeliveryRetry,
  now = new Date(),
): Promise<{ runs: number; deliveries: number }> {
  const [runs, deliveries] = await Promise.all([
    db.scanRun.findMany({
      where: {
        status: { in: ['complete', 'cancelled'] },
        finishedAt: { gte: new Date(now.getTime() - LOOK_BACK_MS) },
      },
      select: { id: true },
    }),
    db.alertDelivery.findMany({
      where: {
        status: 'pending',
        createdAt: {
          lt: new Date(now.getTime() - PENDING_GRACE_MS),
          gte: new Date(now.getTime() - PENDING_LOOK_BACK_MS),
        },
      },
      select: { id: true },
    }),
  ]);
  await enqueueRunEvaluations(
    queue,
    runs.map((r) => r.id),
  );
  await enqueueDeliveries(
    queue,
    deliveries.map((d) => d.id),
    retry,
  );
  return { runs: runs.length, deliveries: deliveries.length };
}
