import type { Queue } from 'bullmq';
import { env } from '@/lib/env';
import { SCAN_DOMAIN_JOB, scanDomainJobId, scanDomainJobOptions, scanDomainPayload } from './scan-domain-job';

const BATCH = 1000;

/**
 * Adds one scan job per domain of a run. Job ids are derived from (run, domain), so adding a job that
 * still exists is ignored by BullMQ: callers may enqueue again whenever in doubt.
 */
export async function enqueueDomainScans(queue: Queue, runId: string, domainIds: string[]): Promise<void> {
  const config = env();
  const opts = scanDomainJobOptions({
    attempts: config.KENSA_SCAN_ATTEMPTS,
    backoffMs: config.KENSA_SCAN_BACKOFF_MS,
  });
  const jobs = domainIds.map((domainId) => {
    const data = scanDomainPayload.parse({ runId, domainId });
    return { name: SCAN_DOMAIN_JOB, data, opts: { ...opts, jobId: scanDomainJobId(data) } };
  });
  for (let i = 0; i < jobs.length; i += BATCH) await queue.addBulk(jobs.slice(i, i + BATCH));
}
