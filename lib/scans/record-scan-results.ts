import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { ADOPTION_METRICS, adoptionFlags, UNKNOWN_FLAGS } from '@/lib/history/adoption-flags';
import { METRIC_COLUMNS } from '@/lib/history/metric-columns';
import { recordScanHistory } from '@/lib/history/record-scan-history';
import { recordset, type ScanHistoryOutcome, type StoredScan } from '@/lib/history/scan-outcome';
import { runLockKey } from './run-lock-key';

export type DomainScanOutcome =
  | { status: 'complete' | 'partial'; report: AuditReport }
  | { status: 'failed'; error: string };

/** One result to store: the domain_scans row it finishes and what the audit ended with. */
export interface ScanResult {
  scanId: string;
  domainId: string;
  outcome: DomainScanOutcome;
}

/** What a batch stored: how many rows it finished, and whether the run's counters now reach its total. */
export interface RecordedBatch {
  stored: number;
  /** Every row of the run is final: the run is ready for finalizeScanRun. */
  settled: boolean;
}

/** A batch of a large run, with its history, stays well under this; a stuck lock must not hang a worker. */
const TRANSACTION = { timeout: 60_000, maxWait: 30_000 };

/**
 * Stores a batch of results of one run in one transaction, set-based: the conditional update moves
 * only rows still queued or running, so a chunk that runs twice (a retry after a crash, a stalled
 * lock) or a cancel that came first can never make a second result; the history of exactly the
 * moved rows is written in the same transaction, and the run's counters move once per batch. The
 * run's completion, rollups and alerts are finalizeScanRun's, after the commit. The results must be
 * of distinct domains. `db` is for tests with their own database.
 */
export async function recordScanResults(
  runId: string,
  results: readonly ScanResult[],
  db: PrismaClient = prisma,
): Promise<RecordedBatch> {
  if (results.length === 0) return { stored: 0, settled: false };
  const finishedAt = new Date();
  const scans: StoredScan[] = [...results]
    .sort((a, b) => (a.scanId < b.scanId ? -1 : 1))
    .map((r) => ({ id: r.scanId, domainId: r.domainId, finishedAt, outcome: historyOutcome(r.outcome) }));
  return db.$transaction(async (tx) => {
    // Shared with other batches of the run; cancelScanRun takes it exclusively before its rows.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${runLockKey(runId)})`;
    // Report bodies are stored once per content (scan_reports, keyed by the SHA-256 of the jsonb
    // text, so PostgreSQL's canonical key order decides) and referenced from the scan row.
    const moved = await tx.$queryRaw<Array<{ id: string; hash: string | null; new_report: boolean }>>`
      WITH v AS (
        SELECT *, CASE WHEN body IS NOT NULL THEN sha256(convert_to(body::text, 'UTF8')) END AS hash
        FROM jsonb_to_recordset(${recordset(scans.map(scanRow))}::jsonb) AS v(id uuid, status text,
          body jsonb, checked_at timestamptz, queries int, error text, spf_published boolean,
          spf_valid boolean, dkim_published boolean, dmarc_published boolean, dmarc_enforcing boolean,
          adsp_published boolean, sender_id_published boolean, null_mx boolean)
      ),
      bodies AS (
        INSERT INTO scan_reports (hash, body)
        SELECT DISTINCT ON (hash) hash, body FROM v WHERE hash IS NOT NULL ORDER BY hash
        ON CONFLICT (hash) DO NOTHING
        RETURNING hash
      )
      UPDATE domain_scans s SET status = v.status::domain_scan_status, report_hash = v.hash,
        checked_at = v.checked_at, queries = v.queries, error = v.error,
        finished_at = ${finishedAt}::timestamptz,
        spf_published = v.spf_published, spf_valid = v.spf_valid, dkim_published = v.dkim_published,
        dmarc_published = v.dmarc_published, dmarc_enforcing = v.dmarc_enforcing,
        adsp_published = v.adsp_published, sender_id_published = v.sender_id_published, null_mx = v.null_mx
      FROM v
      WHERE s.id = v.id AND s.run_id = ${runId}::uuid AND s.status IN ('queued', 'running')
      RETURNING s.id::text, encode(s.report_hash, 'hex') AS hash,
        coalesce(s.report_hash IN (SELECT hash FROM bodies), false) AS new_report`;
    if (moved.length === 0) return { stored: 0, settled: false };
    const rows = new Map(moved.map((row) => [row.id, row]));
    const stored = scans.flatMap((scan) => {
      const row = rows.get(scan.id);
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
function scanRow(scan: StoredScan) {
  const { outcome } = scan;
  const failed = outcome.status === 'failed';
  const { checkedAt, queries, ...body } = failed ? { checkedAt: null, queries: null } : outcome.report;
  return {
    id: scan.id,
    status: outcome.status,
    body: failed ? null : body,
    checked_at: checkedAt,
    queries,
    error: failed ? outcome.error.slice(0, 2000) : null,
    ...Object.fromEntries(ADOPTION_METRICS.map((m) => [METRIC_COLUMNS[m], failed ? null : outcome.flags[m]])),
  };
}
