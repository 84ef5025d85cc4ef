import type { ReportedSenders } from '@/audit/dmarc-report/unapproved-sources-finding';
import { prisma } from '@/lib/db';
import { learnedSelectorsSql, unapprovedSourcesSql } from './dmarc-scan-inputs';

export interface DomainToScan {
  domainId: string;
  domain: {
    ascii: string;
    parked: boolean;
    /** The owner's selectors, then those learned from DMARC reports (not among the owner's). */
    selectors: string[];
    reportedSenders: ReportedSenders;
  };
}

/**
 * Reads the unfinished domains of one chunk of a run (its scan_run_items) for a worker, in one
 * statement, and moves a queued run to running. Returns nothing when there is nothing to do: every
 * domain stored (a duplicate or retried job) or the run finished or cancelled. The claim writes no
 * row per domain: two jobs of one chunk may audit the same domain, and the result's batch, which
 * deletes the item, stores it once. Each domain comes with what its DMARC aggregate reports add to
 * the audit (lib/scans/dmarc-scan-inputs.ts).
 */
export async function claimScanChunk(runId: string, chunk: number): Promise<DomainToScan[]> {
  const now = new Date();
  const rows = await prisma.$queryRaw<
    Array<{
      domain_id: string;
      ascii: string;
      parked: boolean;
      selectors: string[];
      learned: string[];
      unapproved: ReportedSenders['unapproved'];
    }>
  >`
    WITH run AS (
      SELECT id FROM scan_runs WHERE id = ${runId}::uuid AND status IN ('queued', 'running')
    ),
    started AS (
      UPDATE scan_runs SET status = 'running', started_at = ${now}::timestamptz
      WHERE id = ${runId}::uuid AND status = 'queued'
    )
    SELECT i.domain_id::text, d.ascii, d.parked, d.selectors,
      ${learnedSelectorsSql()} AS learned, ${unapprovedSourcesSql(now)} AS unapproved
    FROM scan_run_items i JOIN domains d ON d.id = i.domain_id
    WHERE i.run_id = (SELECT id FROM run) AND i.chunk = ${chunk}::int`;
  return rows.map((row) => ({
    domainId: row.domain_id,
    domain: {
      ascii: row.ascii,
      parked: row.parked,
      selectors: [...row.selectors, ...row.learned],
      reportedSenders: { unapproved: row.unapproved },
    },
  }));
}
