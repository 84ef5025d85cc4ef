import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/**
 * The `alerts` queue: evaluating a finished run, sending one delivery, the digest firings, and the
 * groups' scheduled scorecard mails (lib/groups/scorecard/) with their deliveries. Kept
 * apart from `scan` so an alert never waits behind thousands of domain jobs.
 */
export const ALERT_QUEUE = 'alerts';

export const EVALUATE_RUN_JOB = 'evaluate-run';
export const DELIVER_JOB = 'deliver';
export const DIGEST_JOB = 'digest';
export const SCORECARDS_JOB = 'scorecards';
export const SCORECARD_DELIVER_JOB = 'scorecard-deliver';

/** Payloads carry ids only; handlers read the rest from the database, so they are re-runnable. */
export const evaluateRunPayload = z.object({ runId: z.uuid() });
export const deliverPayload = z.object({ deliveryId: z.uuid() });
export const digestPayload = z.object({ digest: z.enum(['hourly', 'daily']) });
/** A scorecards firing: the day it is for is the day it runs (KENSA_TIME_ZONE). */
export const scorecardsPayload = z.object({}).strict();
export const scorecardDeliverPayload = z.object({ mailId: z.uuid() });

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

/** The scorecards scheduler's id. */
export const SCORECARDS_SCHEDULER_ID = 'alerts-scorecards';

/** One job per scorecard mail, as deliveries have. */
export function scorecardDeliverJobId(mailId: string): string {
  return `alerts-scorecard-${mailId}`;
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
