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

/** Temporary DNS failures and crashes are retried with exponential backoff: 5 s, 10 s, 20 s, 40 s. */
export const SCAN_DOMAIN_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
