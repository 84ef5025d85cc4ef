import type { Prisma } from '@/generated/prisma/client';
import type { AdoptionFlags } from '@/lib/history/adoption-flags';
import { eachMetricSql, metricColumnsOf } from '@/lib/history/metric-columns';
import { recordset } from '@/lib/history/scan-outcome';

/** A result whose work-list item this batch took: its report body's hash and whether it was new. */
export interface ClaimedResult {
  domainId: string;
  /** Hex SHA-256 of the report body; null for a failed result (no report). */
  hash: string | null;
  /** This batch stored the body first: its findings are written with it. */
  newReport: boolean;
}

/**
 * Takes the results' domains off the run's work list (scan_run_items) and stores the report bodies
 * of exactly those, once per content (keyed by the SHA-256 of the jsonb text, so PostgreSQL's
 * canonical key order decides), with the adoption flags flattened from them (a pure function of
 * the body: every scan of it has the same, so they are stored with it, not per scan), in one statement. A domain whose item is gone (stored by another
 * job of the chunk, or cancelled) is not returned; a second batch of the same domains waits on the
 * first's row locks, then finds the items gone. Bodies are referenced by id: the caller resolves
 * them by hash in its next statement, which sees a body another transaction stored meanwhile.
 */
export async function claimScanResults(
  tx: Prisma.TransactionClient,
  runId: string,
  results: ReadonlyArray<{ domain_id: string; body: object | null; flags: AdoptionFlags }>,
): Promise<ClaimedResult[]> {
  const values = results.map(({ flags, ...result }) => ({ ...result, ...metricColumnsOf(flags) }));
  const rows = await tx.$queryRaw<Array<{ domain_id: string; hash: string | null; new_report: boolean }>>`
    WITH v AS (
      SELECT *, CASE WHEN body IS NOT NULL THEN sha256(convert_to(body::text, 'UTF8')) END AS hash
      FROM jsonb_to_recordset(${recordset(values)}::jsonb)
        AS v(domain_id uuid, body jsonb, ${eachMetricSql('$ boolean')})
    ),
    claimed AS (
      DELETE FROM scan_run_items i USING v
      WHERE i.run_id = ${runId}::uuid AND i.domain_id = v.domain_id
      RETURNING i.domain_id
    ),
    bodies AS (
      INSERT INTO scan_reports (hash, body, ${eachMetricSql('$')})
      SELECT DISTINCT ON (hash) hash, body, ${eachMetricSql('$')} FROM v
      WHERE hash IS NOT NULL AND domain_id IN (SELECT domain_id FROM claimed) ORDER BY hash
      ON CONFLICT (hash) DO NOTHING
      RETURNING hash
    )
    SELECT v.domain_id::text, encode(v.hash, 'hex') AS hash,
      coalesce(v.hash IN (SELECT hash FROM bodies), false) AS new_report
    FROM v JOIN claimed USING (domain_id)`;
  return rows.map((row) => ({ domainId: row.domain_id, hash: row.hash, newReport: row.new_report }));
}
