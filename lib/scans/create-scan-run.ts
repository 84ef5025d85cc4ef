import type { Prisma } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { enqueueScanChunks } from '@/lib/jobs/enqueue-scan-chunks';
import { within } from '@/lib/jobs/within';
import { scanQueue } from '@/lib/queue';
import { analyzeWorkList } from './analyze-work-list';
import { findOpenChunks } from './find-open-chunks';

export interface ScanRunRequest {
  domainIds: string[];
  trigger: 'manual' | 'schedule' | 'api';
  triggeredBy: string | null;
  scope: { kind: 'domain' | 'group' | 'all'; ids?: string[] };
  /**
   * Names one firing of a schedule (the BullMQ job id of the firing): a second request with the same
   * firing re-enqueues the first one's run instead of creating another.
   */
  firing?: string;
  /** Who asked, for the audit log (`scan-run.start`); absent for a schedule's firing, which no one asked for. */
  actor?: AuditActor;
}

/** Inserting a run of 100,000 domain rows takes seconds; Prisma's 5 s default failed even at 1,000 under load. */
const INSERT_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };
const ROW_BATCH = 10_000;

/** How long a caller waits for Redis; after that the run's jobs are left to the worker's reconciler. */
const ENQUEUE_WAIT_MS = 5000;

/**
 * Records a scan run with its work list, one scan_run_items row per domain numbered into chunks
 * of KENSA_SCAN_CHUNK, then enqueues one job per chunk. Rows first: if Redis is down the run is visible
 * as queued and the workers' reconciler enqueues it later; job ids are derived from (run, chunk), so
 * enqueuing twice is harmless. A run of more than one chunk refreshes the work list's statistics
 * before its jobs go out (analyze-work-list.ts).
 */
export async function createScanRun(request: ScanRunRequest): Promise<{ runId: string }> {
  const chunkSize = env().KENSA_SCAN_CHUNK;
  const runId = await insertScanRun(request, chunkSize);
  if (request.domainIds.length > chunkSize) await analyzeWorkList(prisma);
  const chunks =
    request.firing === undefined
      ? Array.from({ length: Math.ceil(request.domainIds.length / chunkSize) }, (_, i) => i)
      : await findOpenChunks(runId);
  await enqueueWithin(runId, chunks);
  return { runId };
}

async function insertScanRun(request: ScanRunRequest, chunkSize: number): Promise<string> {
  const { firing } = request;
  return prisma.$transaction(async (tx) => {
    if (firing !== undefined) {
      // Two workers handling the same firing (a stalled job run twice) queue up here, one at a time.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`scan-run-firing ${firing}`}, 0))`;
      const existing = await tx.scanRun.findFirst({
        where: { trigger: request.trigger, scope: { path: ['firing'], equals: firing } },
        select: { id: true },
      });
      if (existing) return existing.id;
    }
    const empty = request.domainIds.length === 0;
    const now = new Date();
    const run = await tx.scanRun.create({
      data: {
        trigger: request.trigger,
        triggeredBy: request.triggeredBy,
        scope: firing === undefined ? request.scope : { ...request.scope, firing },
        // A run of no domains is finished as soon as it exists.
        status: empty ? 'complete' : 'queued',
        ...(empty ? { startedAt: now, finishedAt: now } : {}),
        total: request.domainIds.length,
      },
      select: { id: true },
    });
    await insertRows(tx, run.id, request.domainIds, chunkSize);
    if (request.actor) await recordRunStart(tx, request, request.actor, run.id);
    return run.id;
  }, INSERT_TRANSACTION);
}

/** One work-list item per domain, numbered into chunks: set-based, ROW_BATCH rows per statement. */
async function insertRows(
  tx: Prisma.TransactionClient,
  runId: string,
  domainIds: string[],
  chunkSize: number,
) {
  for (let start = 0; start < domainIds.length; start += ROW_BATCH) {
    const batch = domainIds.slice(start, start + ROW_BATCH);
    await tx.$executeRaw`
      INSERT INTO scan_run_items (run_id, domain_id, chunk)
      SELECT ${runId}::uuid, domain_id, (${start}::int + n::int - 1) / ${chunkSize}::int
      FROM unnest(${batch}::uuid[]) WITH ORDINALITY AS r(domain_id, n)`;
  }
}

/** `scan-run.start`: what was asked and how many domains that made, never the domains themselves. */
async function recordRunStart(
  tx: Prisma.TransactionClient,
  request: ScanRunRequest,
  actor: AuditActor,
  runId: string,
) {
  const { kind, ids = [] } = request.scope;
  const after = {
    trigger: request.trigger,
    scope: kind,
    ...(kind === 'group' ? { groupId: ids[0] ?? null } : {}),
    domains: request.domainIds.length,
  };
  await recordAuditEvent(
    actor,
    { action: 'scan-run.start', target: { type: 'scan-run', id: runId }, after },
    tx,
  );
}

async function enqueueWithin(runId: string, chunks: number[]): Promise<void> {
  if (chunks.length === 0) return;
  const what = `scan run ${runId}: enqueue`;
  if ((await within(enqueueScanChunks(scanQueue(), runId, chunks), ENQUEUE_WAIT_MS, what)) === 'late') {
    console.error(`scan run ${runId}: Redis is slow or down; the workers will enqueue the run`);
  }
}
