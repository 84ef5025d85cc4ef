import type { Queue } from 'bullmq';
import {
  DB_JOB_OPTIONS,
  DELIVER_JOB,
  type DeliveryRetry,
  deliverJobId,
  deliverJobOptions,
  deliverPayload,
  EVALUATE_RUN_JOB,
  evaluateRunJobId,
  evaluateRunPayload,
  SCORECARD_DELIVER_JOB,
  scorecardDeliverJobId,
  scorecardDeliverPayload,
} from './alert-jobs';

/**
 * Asks for finished runs to be evaluated. The job id is the run's, so however many paths report a
 * run finished (the last result, the reconciler, a cancel, the sweep) it is evaluated once while
 * its job is kept; evaluation is idempotent anyway.
 */
export async function enqueueRunEvaluations(queue: Queue, runIds: readonly string[]): Promise<void> {
  if (runIds.length === 0) return;
  await queue.addBulk(
    runIds.map((runId) => ({
      name: EVALUATE_RUN_JOB,
      data: evaluateRunPayload.parse({ runId }),
      opts: { ...DB_JOB_OPTIONS, jobId: evaluateRunJobId(runId) },
    })),
  );
}

/** One job per delivery, retried with KENSA_ALERT_ATTEMPTS and exponential backoff. */
export async function enqueueDeliveries(
  queue: Queue,
  deliveryIds: readonly string[],
  retry: DeliveryRetry,
): Promise<void> {
  if (deliveryIds.length === 0) return;
  const opts = deliverJobOptions(retry);
  await queue.addBulk(
    deliveryIds.map((deliveryId) => ({
      name: DELIVER_JOB,
      data: deliverPayload.parse({ deliveryId }),
      opts: { ...opts, jobId: deliverJobId(deliveryId) },
    })),
  );
}

/** One job per scorecard mail, retried as alert deliveries are. */
export async function enqueueScorecardDeliveries(
  queue: Queue,
  mailIds: readonly string[],
  retry: DeliveryRetry,
): Promise<void> {
  if (mailIds.length === 0) return;
  const opts = deliverJobOptions(retry);
  await queue.addBulk(
    mailIds.map((mailId) => ({
      name: SCORECARD_DELIVER_JOB,
      data: scorecardDeliverPayload.parse({ mailId }),
      opts: { ...opts, jobId: scorecardDeliverJobId(mailId) },
    })),
  );
}
