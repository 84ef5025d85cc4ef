import type { PrismaClient } from '@/generated/prisma/client';
import { type ScopeAsOf, scopeMembersSql } from './scope-members-sql';

export interface FindingsAt {
  /** Per scope, members whose status on the day is known: the same domains as the metrics' denominator. */
  withResult: Map<string, number>;
  /** Per finding id, per scope, domains having it. */
  counts: Map<string, Map<string, number>>;
}

type Row = { scope: string; finding_id: string | null; domains: number };

/**
 * Findings as they stood on each scope's day: each member's status on that day is its latest
 * domain_daily_status row on or before it (as the rollups count it); a known status points at the
 * complete scan whose report's findings (scan_report_findings, stored once per report body) are
 * counted. Unknown statuses count for no finding.
 */
export async function countFindingsAt(db: PrismaClient, scopes: readonly ScopeAsOf[]): Promise<FindingsAt> {
  const result: FindingsAt = { withResult: new Map(), counts: new Map() };
  if (scopes.length === 0) return result;
  const rows = await db.$queryRaw<Row[]>`
    WITH members AS (${scopeMembersSql(scopes)}),
    known AS (
      SELECT mb.scope, mb.domain_id, st.run_number
      FROM members mb
      JOIN LATERAL (
        SELECT s.run_number, s.unknown FROM domain_daily_status s
        WHERE s.domain_id = mb.domain_id AND s.day <= mb.day
        ORDER BY s.day DESC LIMIT 1
      ) st ON NOT st.unknown
    )
    SELECT scope, NULL::text AS finding_id, count(*)::int AS domains FROM known GROUP BY scope
    UNION ALL
    SELECT k.scope, f.finding_id, count(DISTINCT k.domain_id)::int AS domains
    FROM known k JOIN domain_scans ds ON ds.run_number = k.run_number AND ds.domain_id = k.domain_id
    JOIN scan_reports r ON r.id = ds.report_id
    JOIN scan_report_findings f ON f.report_hash = r.hash
    GROUP BY k.scope, f.finding_id`;
  for (const row of rows) {
    if (row.finding_id === null) {
      result.withResult.set(row.scope, row.domains);
      continue;
    }
    const perScope = result.counts.get(row.finding_id) ?? new Map<string, number>();
    perScope.set(row.scope, row.domains);
    result.counts.set(row.finding_id, perScope);
  }
  return result;
}
