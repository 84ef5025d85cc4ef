import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/** The `scan` queue: one job per domain per scan run. */
export const SCAN_QUEUE = 'scan';
export const SCAN_DOMAIN_JOB = 'scan-domain';

/** Payloads carry ids only; the handler reads everything else from the database, so it is re-runnable. */
export const scanDomainPayload = z.object({
  runId: z.uuid(),
  domainId: z.uuid(),
});
export type ScanDomainPayload = z.infer<typeof scanDomainPayload>;

/**
 * Derived from run and domain, so a retried or duplicated enqueue is ignored by BullMQ and can never
 * produce a second result (BullMQ job ids may not contain ':').
 */
export function scanDomainJobId({ runId, domainId }: ScanDomainPayload): string {
  return `scan-${runId}-${domainId}`;
}

export interface RetrySettings {
  /** KENSA_SCAN_ATTEMPTS */
  attempts: number;
  /** KENSA_SCAN_BACKOFF_MS: the first retry's delay; BullMQ doubles it for each further one. */
  backoffMs: number;
}

/**
 * Temporary DNS failures, crashes and database outages are retried with exponential backoff (by
 * default 5 attempts: 5 s, 10 s, 20 s, 40 s). Finished jobs are kept a while for inspection only:
 * the database row, not the job, is the record of a result.
 */
export function scanDomainJobOptions(retry: RetrySettings): JobsOptions {
  return {
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
