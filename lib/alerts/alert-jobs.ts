import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/**
 * The `alerts` queue: evaluating a finished run, sending one delivery, and the digest firings. Kept
 * apart from `scan` so an alert never waits behind thousands of domain jobs.
 */
export const ALERT_QUEUE = 'alerts';

export const EVALUATE_RUN_JOB = 'evaluate-run';
export const DELIVER_JOB = 'deliver';
export const DIGEST_JOB = 'digest';

/** Payloads carry ids only; handlers read the rest from the database, so they are re-runnable. */
export const evaluateRunPayload = z.object({ runId: z.uuid() });
export const deliverPayload = z.object({ deliveryId: z.uuid() });
export const digestPayload = z.object({ digest: z.enum(['hourly', 'daily']) });

/** One evaluation per run, however many paths report the run finished (BullMQ ids may not contain ':'). */
export function evaluateRunJobId(runId: string): string {
  return `alerts-run-${runId}`;
}

/** One job per delivery: re-adding one that still exists is ignored, so a lost enqueue can be repeated. */
export function deliverJobId(deliveryId: string): string {
  return `alerts-delivery-${deliveryId}`;
}

/** The digest schedulers' ids. */
export function digestSchedulerId(digest: 'hourly' | 'daily'): string {
  return `alerts-digest-${digest}`;
}

// Kept long enough that the sweep's re-add of a recent run is a no-op (it looks back one day).
const KEEP = { removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } };

/** Evaluation and digest jobs retry like any database job: a few times, soon. */
export const DB_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5000 },
  ...KEEP,
};

export interface DeliveryRetry {
  /** KENSA_ALERT_ATTEMPTS */
  attempts: number;
  /** KENSA_ALERT_BACKOFF_MS: the first retry's delay; BullMQ doubles it for each further one. */
  backoffMs: number;
}

/** A mail server or webhook receiver that is down is retried with exponential backoff. */
export function deliverJobOptions(retry: DeliveryRetry): JobsOptions {
  return { attempts: retry.attempts, backoff: { type: 'exponential', delay: retry.backoffMs }, ...KEEP };
}
