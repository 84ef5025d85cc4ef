import type { Job } from 'bullmq';
import { auditDomain } from '@/audit/audit-domain';
import type { Limiter } from '@/audit/dns/limiter';
import type { Resolver } from '@/audit/dns/types';
import type { HttpsFetcher } from '@/audit/https/types';
import { enqueueRunEvaluations } from '@/lib/alerts/enqueue-alert-jobs';
import { SCAN_CHUNK_JOB, scanChunkPayload } from '@/lib/jobs/scan-chunk-job';
import { alertQueue } from '@/lib/queue';
import { claimScanChunk, type DomainToScan } from '@/lib/scans/claim-scan-chunk';
import { createResultBatcher } from '@/lib/scans/create-result-batcher';
import { finalizeScanRun } from '@/lib/scans/finalize-scan-run';
import type { DomainScanOutcome } from '@/lib/scans/record-scan-results';
import type { TransportOptions } from '@/lib/scans/scan-transport-options';

/** Thrown to make BullMQ retry a chunk some of whose domains failed temporarily (with the job's backoff). */
export class TemporaryDnsFailure extends Error {}

export interface ScanChunkDeps {
  /** The resolver shared by all domains of one run (cache + limits), per run id. */
  resolverFor(runId: string): Resolver;
  /** Bounds the audits in flight across all the chunks a worker process holds (KENSA_SCAN_CONCURRENCY). */
  audits: Limiter;
  /** Results per transaction (KENSA_SCAN_BATCH). */
  batchSize: number;
  /** MTA-STS policies and BIMI logos (KENSA_MTA_STS_FETCH); absent: those checks are skipped. */
  https?: HttpsFetcher;
  /** DNSSEC validation and SMTP probing of one run (KENSA_DNS_VALIDATING, KENSA_SMTP_PROBE); default off. */
  transportFor?(runId: string): TransportOptions;
}

/**
 * Audits the unfinished domains of one chunk of a run and stores each result exactly once, in
 * batches. Re-runnable: domains already stored, or of a cancelled run, are not claimed. A domain whose
 * DNS failed temporarily (a partial report) or whose audit threw is left unfinished while attempts
 * remain — the job then fails and its retry, after the backoff, audits only those — and is stored as
 * partial or failed on the last attempt, so an unreachable server never reads as "missing".
 */
export async function handleScanChunk(job: Job, deps: ScanChunkDeps): Promise<string> {
  // A job of the per-domain design (before chunks) left in Redis: the reconciler enqueues its chunk.
  if (job.name !== SCAN_CHUNK_JOB) return 'obsolete';
  const { runId, chunk } = scanChunkPayload.parse(job.data);
  const startedAt = new Date();
  const scans = await claimScanChunk(runId, chunk);
  if (scans.length === 0) {
    await finishRun(runId); // the attempt that stored the last rows may have died before finishing
    return 'nothing to do';
  }
  const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const resolver = deps.resolverFor(runId);
  const transport = deps.transportFor?.(runId) ?? {};
  const batcher = createResultBatcher(runId, deps.batchSize);
  let deferred = 0;
  await Promise.all(
    scans.map((scan) =>
      deps.audits.run(async () => {
        const outcome = await auditScan(scan, resolver, deps.https, transport);
        // With the resolver down (its circuit breaker open) a retry would fail the same way: the
        // result is stored partial at once, and the next run reads the domain again.
        const unreachable = 'report' in outcome && outcome.report?.resolverUnreachable === true;
        if (outcome.status !== 'complete' && !lastAttempt && !unreachable) deferred++;
        else batcher.add({ domainId: scan.domainId, startedAt, outcome });
      }),
    ),
  );
  // A database error here is not the domains' failure: it fails the job, which is retried with
  // backoff, or re-enqueued by the reconciler once its attempts are spent.
  const recorded = await batcher.close();
  if (recorded.settled) await finishRun(runId);
  if (deferred > 0)
    throw new TemporaryDnsFailure(`${deferred} of ${scans.length} domains failed temporarily; will retry`);
  return `${recorded.stored} stored`;
}

async function auditScan(
  scan: DomainToScan,
  resolver: Resolver,
  https: HttpsFetcher | undefined,
  transport: TransportOptions,
): Promise<DomainScanOutcome> {
  try {
    const report = await auditDomain(scan.domain.ascii, {
      ...transport,
      resolver,
      selectors: scan.domain.selectors,
      parked: scan.domain.parked,
      reportedSenders: scan.domain.reportedSenders,
      ...(https ? { https } : {}),
    });
    return { status: report.status, report };
  } catch (error) {
    return { status: 'failed', error: String(error) };
  }
}

// Rollups and status after the commit; the finalizer that marked the run asks for its alerts. Best
// effort: the results are stored either way, and the reconciler finishes what this missed.
async function finishRun(runId: string): Promise<void> {
  try {
    if (await finalizeScanRun(runId)) await enqueueRunEvaluations(alertQueue(), [runId]);
  } catch (error) {
    console.error(`run ${runId}: not finalized, the reconciler will: ${String(error)}`);
  }
}
