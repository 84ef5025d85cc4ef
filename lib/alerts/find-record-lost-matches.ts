import { Prisma } from '@/generated/prisma/client';
import type { AdoptionMetric } from '@/lib/history/adoption-flags';
import { METRIC_COLUMNS } from '@/lib/history/metric-columns';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import type { NewMatch } from './match-detail';
import { ruleScopeSql } from './rule-scope-sql';

/**
 * Domains of the run whose `metric` flag is now false where their previous complete scan had it
 * true ("lost its DMARC record"). False is always proven (lib/history/adoption-flags.ts): a lookup
 * that timed out reads as null and never fires. A scan's flags are its report body's (scan_reports).
 * One match per domain scan.
 */
export async function findRecordLostMatches(
  db: Db,
  rule: { runId: string; groupId: string | null; metric: AdoptionMetric },
): Promise<NewMatch[]> {
  // A constant column name from METRIC_COLUMNS, never input.
  const column = Prisma.raw(METRIC_COLUMNS[rule.metric]);
  const rows = await db.$queryRaw<Array<{ run_number: number; domain_id: string; ascii: string; at: Date }>>`
    SELECT s.run_number, s.domain_id::text AS domain_id, d.ascii, s.finished_at AS at
    FROM domain_scans s JOIN scan_reports r ON r.id = s.report_id JOIN domains d ON d.id = s.domain_id
    WHERE ${scanOfRunSql('s', rule.runId)} AND s.status IN ('complete', 'partial') AND r.${column} = false
      AND ${ruleScopeSql(rule.groupId)}
      AND (SELECT pr.${column} FROM domain_scans p JOIN scan_reports pr ON pr.id = p.report_id
           WHERE p.domain_id = s.domain_id AND p.status = 'complete' AND p.finished_at < s.finished_at
           ORDER BY p.finished_at DESC LIMIT 1) = true`;
  return rows.map((row) => ({
    domainId: row.domain_id,
    dedupeKey: `lost:${row.run_number}:${row.domain_id}`,
    detail: {
      kind: 'record_lost',
      metric: rule.metric,
      domainId: row.domain_id,
      domain: row.ascii,
      at: row.at.toISOString(),
    },
  }));
}
