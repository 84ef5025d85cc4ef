import type { Severity } from '@/audit/findings/types';
import { findingDefinition } from '@/lib/findings/finding-definition';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import type { NewMatch } from './match-detail';
import { SEVERITY_RANK } from './rule-params';
import { ruleScopeSql } from './rule-scope-sql';

/**
 * finding_appeared events of the run's scans (written by lib/history/record-scan-history.ts against
 * the domain's previous complete scan), of one finding id or of at least a severity. The severity
 * is the catalog's: findings are data, not re-judged here. One match per event.
 */
export async function findFindingMatches(
  db: Db,
  rule: { runId: string; groupId: string | null; findingId?: string; minSeverity?: Severity },
): Promise<NewMatch[]> {
  const rows = await db.$queryRaw<
    Array<{ event_id: string; domain_id: string; ascii: string; finding_id: string; at: Date }>
  >`
    SELECT e.id::text AS event_id, e.domain_id::text AS domain_id, d.ascii, e.subject AS finding_id,
           s.finished_at AS at
    FROM domain_scans s
      JOIN domain_events e
        ON e.domain_id = s.domain_id AND e.run_number = s.run_number AND e.kind = 'finding_appeared'
      JOIN domains d ON d.id = s.domain_id
    WHERE ${scanOfRunSql('s', rule.runId)} AND ${ruleScopeSql(rule.groupId)}
      AND (${rule.findingId ?? null}::text IS NULL OR e.subject = ${rule.findingId ?? null}::text)`;
  const floor = SEVERITY_RANK[rule.minSeverity ?? 'info'];
  return rows.flatMap((row) => {
    const severity = findingDefinition(row.finding_id)?.severity ?? 'info';
    if (SEVERITY_RANK[severity] < floor) return [];
    return [
      {
        domainId: row.domain_id,
        dedupeKey: `event:${row.event_id}`,
        detail: {
          kind: 'finding_appeared' as const,
          findingId: row.finding_id,
          severity,
          domainId: row.domain_id,
          domain: row.ascii,
          at: row.at.toISOString(),
        },
      },
    ];
  });
}
