import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { ADOPTION_METRICS, adoptionFlags, UNKNOWN_FLAGS } from '@/lib/history/adoption-flags';
import { METRIC_COLUMNS } from '@/lib/history/metric-columns';
import { recordScanHistory } from '@/lib/history/record-scan-history';
import { recordset, type ScanHistoryOutcome, type StoredScan } from '@/lib/history/scan-outcome';
import { uuidv7 } from '@/lib/import/uuid-v7';
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
 * from the run's work list (scan_run_items) and inserts a domain_scans row for exactly the items it
 * deleted, so a chunk that runs twice (a retry after a crash, a stalled lock) or a cancel that came
 * first can never make a second result (a second batch waits on the first's row locks, then finds
 * the items gone; unique (run_id, domain_id) with ON CONFLICT DO NOTHING backs it). The row is
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
  const scans: StoredScan[] = sorted.map((r) => ({
    id: uuidv7(),
    domainId: r.domainId,
    finishedAt,
    outcome: historyOutcome(r.outcome),
  }));
  const rows = scans.map((scan, i) => scanRow(scan, sorted[i]?.startedAt ?? finishedAt));
  return db.$transaction(async (tx) => {
    // Shared with other batches of the run; cancelScanRun takes it exclusively before its items.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${runLockKey(runId)})`;
    // Report bodies are stored once per content (scan_reports, keyed by the SHA-256 of the jsonb
    // text, so PostgreSQL's canonical key order decides) and referenced from the scan row.
    const inserted = await tx.$queryRaw<Array<{ id: string; hash: string | null; new_report: boolean }>>`
      WITH v AS (
        SELECT *, CASE WHEN body IS NOT NULL THEN sha256(convert_to(body::text, 'UTF8')) END AS hash
        FROM jsonb_to_recordset(${recordset(rows)}::jsonb) AS v(id uuid, domain_id uuid,
          status domain_scan_status, body jsonb, checked_at timestamptz, queries int, error text,
          started_at timestamptz, spf_published boolean, spf_valid boolean, dkim_published boolean,
          dmarc_published boolean, dmarc_enforcing boolean, adsp_published boolean,
          sender_id_published boolean, null_mx boolean)
      ),
      claimed AS (
        DELETE FROM scan_run_items i USING v
        WHERE i.run_id = ${runId}::uuid AND i.domain_id = v.domain_id
        RETURNING i.domain_id
      ),
      bodies AS (
        INSERT INTO scan_reports (hash, body)
        SELECT DISTINCT ON (hash) hash, body FROM v
        WHERE hash IS NOT NULL AND domain_id IN (SELECT domain_id FROM claimed) ORDER BY hash
        ON CONFLICT (hash) DO NOTHING
        RETURNING hash
      )
      INSERT INTO domain_scans (id, run_id, domain_id, status, report_hash, checked_at, queries, error,
        started_at, finished_at, spf_published, spf_valid, dkim_published, dmarc_published,
        dmarc_enforcing, adsp_published, sender_id_published, null_mx)
      SELECT v.id, ${runId}::uuid, v.domain_id, v.status, v.hash, v.checked_at, v.queries, v.error,
        v.started_at, ${finishedAt}::timestamptz, v.spf_published, v.spf_valid, v.dkim_published,
        v.dmarc_published, v.dmarc_enforcing, v.adsp_published, v.sender_id_published, v.null_mx
      FROM v JOIN claimed USING (domain_id)
      ON CONFLICT (run_id, domain_id) DO NOTHING
      RETURNING id::text, encode(report_hash, 'hex') AS hash,
        coalesce(report_hash IN (SELECT hash FROM bodies), false) AS new_report`;
    if (inserted.length === 0) return { stored: 0, settled: false };
    const byId = new Map(inserted.map((row) => [row.id, row]));
    const stored = scans.flatMap((scan) => {
      const row = byId.get(scan.id);
      return row ? [{ ...scan, reportHash: row.hash, newReport: row.new_report }] : [];
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
// the report without the two fields that differ on every scan, which go to their own columns.
function scanRow(scan: StoredScan, startedAt: Date) {
  const { outcome } = scan;
  const failed = outcome.status === 'failed';
  const { checkedAt, queries, ...body } = failed ? { checkedAt: null, queries: null } : outcome.report;
  return {
    id: scan.id,
    domain_id: scan.domainId,
    status: outcome.status,
    body: failed ? null : body,
    checked_at: checkedAt,
    queries,
    error: failed ? outcome.error.slice(0, 2000) : null,
    started_at: startedAt.toISOString(),
    ...Object.fromEntries(ADOPTION_METRICS.map((m) => [METRIC_COLUMNS[m], failed ? null : outcome.flags[m]])),
  };
}
