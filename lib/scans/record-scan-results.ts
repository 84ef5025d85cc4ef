import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { adoptionFlags, UNKNOWN_FLAGS } from '@/lib/history/adoption-flags';
import { recordScanHistory } from '@/lib/history/record-scan-history';
import { recordset, type ScanHistoryOutcome, type StoredScan } from '@/lib/history/scan-outcome';
import { claimScanResults } from './claim-scan-results';
import { runLockKey } from './run-lock-key';

export type DomainScanOutcome =
  | { status: 'complete' | 'partial'; report: AuditReport }
  | { status: 'failed'; error: string };

/** One result to store: the domain (an item of the run's work list) and what the audit ended with. */
export interface ScanResult {
  domainId: string;
  /** When the worker claimed the domain's chunk; a result stored without a claim (tests) starts when stored. */
  startedAt?: Date;
  outcome: DomainScanOutcome;
}

/** What a batch stored: how many results it inserted, and whether the run's counters now reach its total. */
export interface RecordedBatch {
  stored: number;
  /** Every domain of the run is stored: the run is ready for finalizeScanRun. */
  settled: boolean;
}

/** A batch of a large run, with its history, stays well under this; a stuck lock must not hang a worker. */
const TRANSACTION = { timeout: 60_000, maxWait: 30_000 };

/**
 * Stores a batch of results of one run in one transaction, set-based: it deletes the domains' items
 * from the run's work list (scan_run_items, claimScanResults) and inserts a domain_scans row for
 * exactly the items it deleted, referencing the report body by id, so a chunk that runs twice (a retry after a crash, a stalled lock) or a cancel that came
 * first can never make a second result (a second batch waits on the first's row locks, then finds
 * the items gone; the key (run_number, domain_id) with ON CONFLICT DO NOTHING backs it). The row is
 * written once and never updated: no dead versions, no second index entries. The history of exactly
 * the inserted rows is written in the same transaction, and the run's counters move once per batch.
 * The run's completion, rollups and alerts are finalizeScanRun's, after the commit. The results
 * must be of distinct domains. `db` is for tests with their own database.
 */
export async function recordScanResults(
  runId: string,
  results: readonly ScanResult[],
  db: PrismaClient = prisma,
): Promise<RecordedBatch> {
  if (results.length === 0) return { stored: 0, settled: false };
  const finishedAt = new Date();
  // Ordered by domain, so two batches that share domains take the items' row locks in one order.
  const sorted = [...results].sort((a, b) => (a.domainId < b.domainId ? -1 : 1));
  const batch = sorted.map((r) => ({
    domainId: r.domainId,
    outcome: historyOutcome(r.outcome),
    startedAt: r.startedAt ?? finishedAt,
  }));
  const rows = batch.map(scanRow);
  return db.$transaction(async (tx) => {
    // Shared with other batches of the run; cancelScanRun takes it exclusively before its items.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${runLockKey(runId)})`;
    const claimed = await claimScanResults(
      tx,
      runId,
      rows.map((row, i) => ({
        domain_id: row.domain_id,
        body: row.body,
        flags: batch[i]?.outcome.flags ?? UNKNOWN_FLAGS,
      })),
    );
    if (claimed.length === 0) return { stored: 0, settled: false };
    const claimOf = new Map(claimed.map((claim) => [claim.domainId, claim]));
    const values = rows.flatMap(({ body: _, ...row }) => {
      const claim = claimOf.get(row.domain_id);
      return claim ? [{ ...row, hash: claim.hash }] : [];
    });
    const inserted = await tx.$queryRaw<Array<{ domain_id: string; run_number: number }>>`
      INSERT INTO domain_scans (run_number, domain_id, status, report_id, checked_at, queries, error,
        started_at, finished_at)
      SELECT run.number, v.domain_id, v.status, r.id, v.checked_at, v.queries, v.error, v.started_at,
        ${finishedAt}::timestamptz
      FROM jsonb_to_recordset(${recordset(values)}::jsonb) AS v(domain_id uuid,
        status domain_scan_status, hash text, checked_at timestamptz, queries int, error text,
        started_at timestamptz)
      JOIN scan_runs run ON run.id = ${runId}::uuid
      LEFT JOIN scan_reports r ON r.hash = decode(v.hash, 'hex')
      -- In domain order, as the batch is sorted: the key (run_number, domain_id) fills its pages
      -- from the right instead of splitting them in halves.
      ORDER BY v.domain_id
      ON CONFLICT (run_number, domain_id) DO NOTHING
      RETURNING domain_id::text, run_number`;
    if (inserted.length === 0) return { stored: 0, settled: false };
    const runNumberOf = new Map(inserted.map((row) => [row.domain_id, row.run_number]));
    const stored: StoredScan[] = batch.flatMap(({ domainId, outcome }) => {
      const claim = claimOf.get(domainId);
      const runNumber = runNumberOf.get(domainId);
      return claim && runNumber !== undefined
        ? [{ runNumber, domainId, finishedAt, outcome, reportHash: claim.hash, newReport: claim.newReport }]
        : [];
    });
    await recordScanHistory(tx, stored);
    const failed = stored.filter((scan) => scan.outcome.status === 'failed').length;
    const [run] = await tx.$queryRaw<Array<{ settled: boolean }>>`
      UPDATE scan_runs SET done = done + ${stored.length - failed}::int, failed = failed + ${failed}::int
      WHERE id = ${runId}::uuid
      RETURNING done + failed >= total AND status IN ('queued', 'running') AS settled`;
    return { stored: stored.length, settled: run?.settled ?? false };
  }, TRANSACTION);
}

function historyOutcome(outcome: DomainScanOutcome): ScanHistoryOutcome {
  if (outcome.status === 'failed') return { status: 'failed', error: outcome.error, flags: UNKNOWN_FLAGS };
  return { status: outcome.status, report: outcome.report, flags: adoptionFlags(outcome.report) };
}

// The domain_scans columns of one result (a failed one keeps only its error) and the report body:
// the report without the two fields that differ on every scan, which go to their own columns (its
// adoption flags go with the body, claimScanResults).
function scanRow({
  domainId,
  outcome,
  startedAt,
}: {
  domainId: string;
  outcome: ScanHistoryOutcome;
  startedAt: Date;
}) {
  const failed = outcome.status === 'failed';
  const { checkedAt, queries, ...body } = failed ? { checkedAt: null, queries: null } : outcome.report;
  return {
    domain_id: domainId,
    status: outcome.status,
    body: failed ? null : body,
    checked_at: checkedAt,
    queries,
    error: failed ? outcome.error.slice(0, 2000) : null,
    started_at: startedAt.toISOString(),
  };
}
