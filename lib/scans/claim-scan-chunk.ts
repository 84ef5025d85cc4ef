import type { ReportedSenders } from '@/audit/dmarc-report/unapproved-sources-finding';
import { prisma } from '@/lib/db';
import { learnedSelectorsSql, unapprovedSourcesSql } from './dmarc-scan-inputs';

export interface DomainScanToRun {
  id: string;
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
 * Claims the unfinished rows of one chunk of a run for a worker, in one statement, and moves a
 * queued run to running. Returns nothing when there is nothing to do: every row final (a duplicate or
 * retried job) or the run finished or cancelled. The claim is a conditional update, so a cancel that
 * has just finalized the rows is never overwritten; rows already 'running' are claimed again, since
 * a chunk job runs again only when its previous run died or failed. Each domain comes with what its
 * DMARC aggregate reports add to the audit (lib/scans/dmarc-scan-inputs.ts).
 */
export async function claimScanChunk(runId: string, chunk: number): Promise<DomainScanToRun[]> {
  const now = new Date();
  const rows = await prisma.$queryRaw<
    Array<{
      id: string;
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
    UPDATE domain_scans s SET status = 'running', started_at = ${now}::timestamptz
    FROM domains d
    WHERE s.run_id = (SELECT id FROM run) AND s.chunk = ${chunk}::int
      AND s.status IN ('queued', 'running') AND d.id = s.domain_id
    RETURNING s.id::text, s.domain_id::text, d.ascii, d.parked, d.selectors,
      ${learnedSelectorsSql()} AS learned, ${unapprovedSourcesSql(now)} AS unapproved`;
  return rows.map((row) => ({
    id: row.id,
    domainId: row.domain_id,
    domain: {
      ascii: row.ascii,
      parked: row.parked,
      selectors: [...row.selectors, ...row.learned],
      reportedSenders: { unapproved: row.unapproved },
    },
  }));
}
