import { prisma } from '@/lib/db';
import {
  SCAN_DOMAIN_JOB,
  SCAN_DOMAIN_JOB_OPTIONS,
  scanDomainJobId,
  scanDomainPayload,
} from '@/lib/jobs/scan-domain-job';
import { scanQueue } from '@/lib/queue';

export interface ScanRunRequest {
  domainIds: string[];
  trigger: 'manual' | 'schedule' | 'api';
  triggeredBy: string | null;
  scope: { kind: 'domain' | 'group' | 'all'; ids?: string[] };
}

/**
 * Records a scan run with one queued domain-scan row per domain, then enqueues one job per domain.
 * Rows first: if Redis is down the run is visible as queued and can be re-enqueued; job ids are
 * derived from (run, domain), so enqueuing twice is harmless.
 */
export async function createScanRun(request: ScanRunRequest): Promise<{ runId: string }> {
  const run = await prisma.scanRun.create({
    data: {
      trigger: request.trigger,
      triggeredBy: request.triggeredBy,
      scope: request.scope,
      status: 'queued',
      total: request.domainIds.length,
      scans: { createMany: { data: request.domainIds.map((domainId) => ({ domainId, status: 'queued' })) } },
    },
    select: { id: true },
  });
  const jobs = request.domainIds.map((domainId) => {
    const data = scanDomainPayload.parse({ runId: run.id, domainId });
    return {
      name: SCAN_DOMAIN_JOB,
      data,
      opts: { ...SCAN_DOMAIN_JOB_OPTIONS, jobId: scanDomainJobId(data) },
    };
  });
  for (let i = 0; i < jobs.length; i += 1000) await scanQueue().addBulk(jobs.slice(i, i + 1000));
  return { runId: run.id };
}
