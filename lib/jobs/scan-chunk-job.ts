import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/** The `scan` queue: one job per chunk of a scan run (KENSA_SCAN_CHUNK domains, numbered from 0). */
export const SCAN_QUEUE = 'scan';
export const SCAN_CHUNK_JOB = 'scan-chunk';

/** Payloads carry ids only; the handler claims the chunk's unfinished rows, so it is re-runnable. */
export const scanChunkPayload = z.object({
  runId: z.uuid(),
  chunk: z.number().int().min(0),
});
export type ScanChunkPayload = z.infer<typeof scanChunkPayload>;

/**
 * Derived from run and chunk, so a retried or duplicated enqueue is ignored by BullMQ (BullMQ job ids
 * may not contain ':'); a second run of the same chunk finds only its unfinished rows anyway.
 */
export function scanChunkJobId({ runId, chunk }: ScanChunkPayload): string {
  return `scan-${runId}-c${chunk}`;
}

export interface RetrySettings {
  /** KENSA_SCAN_ATTEMPTS */
  attempts: number;
  /** KENSA_SCAN_BACKOFF_MS: the first retry's delay; BullMQ doubles it for each further one. */
  backoffMs: number;
}

/**
 * A chunk is retried with exponential backoff (by default 5 attempts: 5 s, 10 s, 20 s, 40 s) while
 * any of its domains failed temporarily (DNS, a crash, the database); each retry audits only the rows
 * still unfinished. Finished jobs are kept a while for inspection only: the database rows, not the
 * jobs, are the record of results.
 */
export function scanChunkJobOptions(retry: RetrySettings): JobsOptions {
  return {
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
