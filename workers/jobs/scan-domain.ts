import type { Job } from 'bullmq';
import { auditDomain } from '@/audit/audit-domain';
import type { Resolver } from '@/audit/dns/types';
import type { AuditReport } from '@/audit/report';
import type { Prisma } from '@/generated/prisma/client';
import { enqueueRunEvaluations } from '@/lib/alerts/enqueue-alert-jobs';
import { scanDomainPayload } from '@/lib/jobs/scan-domain-job';
import { alertQueue } from '@/lib/queue';
import { markDomainScanRunning } from '@/lib/scans/mark-domain-scan-running';
import { type RecordedResult, recordDomainScanResult } from '@/lib/scans/record-domain-scan-result';

/** Thrown to make BullMQ retry a domain whose DNS failed temporarily (with the job's backoff). */
export class TemporaryDnsFailure extends Error {}

export interface ScanDomainDeps {
  /** The resolver shared by all domains of one run (cache + limits), per run id. */
  resolverFor(runId: string): Resolver;
}

/**
 * Audits one domain of one run and stores the result exactly once. Re-runnable: a finished
 * domain-scan, or one of a cancelled run, is skipped. A partial result (temporary DNS failure) is
 * retried while attempts remain and recorded as partial on the last one, so an unreachable server
 * never reads as "missing".
 */
export async function handleScanDomain(job: Job, deps: ScanDomainDeps): Promise<string> {
  const payload = scanDomainPayload.parse(job.data);
  const scan = await markDomainScanRunning(payload.runId, payload.domainId);
  if (!scan) return 'skipped';
  const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  let report: AuditReport;
  try {
    report = await auditDomain(scan.domain.ascii, {
      resolver: deps.resolverFor(payload.runId),
      selectors: scan.domain.selectors,
      parked: scan.domain.parked,
    });
  } catch (error) {
    if (!lastAttempt) throw error;
    await afterRecord(await recordDomainScanResult(scan.id, { status: 'failed', error: String(error) }));
    return 'failed';
  }
  if (report.status === 'partial' && !lastAttempt) {
    throw new TemporaryDnsFailure(`temporary DNS failure for ${scan.domain.ascii}; will retry`);
  }
  // A database error here is not the domain's failure: it fails the job, which is retried with
  // backoff, or re-enqueued by the reconciler once its attempts are spent.
  const recorded = await recordDomainScanResult(scan.id, {
    status: report.status,
    report: report as unknown as Prisma.InputJsonValue,
    queries: report.queries,
  });
  await afterRecord(recorded);
  return report.status;
}

// The result that finished its run asks for the run's alerts, after the commit. Best effort: the
// result is stored either way, and the alerts sweep in the reconciler enqueues what this missed.
async function afterRecord(recorded: false | RecordedResult): Promise<void> {
  if (recorded === false || !recorded.runCompleted) return;
  try {
    await enqueueRunEvaluations(alertQueue(), [recorded.runId]);
  } catch (error) {
    console.error(`run ${recorded.runId}: alerts not enqueued, the sweep will: ${String(error)}`);
  }
}
