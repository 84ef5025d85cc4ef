import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionMetric } from '@/lib/history/adoption-flags';
import type { Day } from '@/lib/history/day-of';
import { METRIC_COLUMNS } from '@/lib/history/metric-columns';
import { type ScopeAsOf, scopeMembersSql } from './scope-members-sql';

export interface DomainChange {
  domain: string;
  scopes: string[];
  metrics: AdoptionMetric[];
}

export interface DomainChanges {
  regressed: { total: number; rows: DomainChange[] };
  improved: { total: number; rows: DomainChange[] };
}

type Row = {
  kind: 'regressed' | 'improved';
  domain: string;
  scopes: string[];
  metrics: string[];
  total: number;
};

/** `array_remove(ARRAY[CASE WHEN <cond on column> THEN 'metric' END, …], NULL)`: columns are constants. */
function metricsWhere(condition: string): Prisma.Sql {
  const cases = ADOPTION_METRICS.map(
    (m) => `CASE WHEN ${condition.replaceAll('$', METRIC_COLUMNS[m])} THEN '${m}' END`,
  );
  return Prisma.raw(`array_remove(ARRAY[${cases.join(', ')}]::text[], NULL)`);
}

/**
 * Per member domain of the scopes, the metrics it lost (adopted → not) and gained over the period.
 * Its status at the start is its latest domain_daily_status on or before `from` (for a domain
 * scanned first within the period, its first status in it); at the end its latest on or before
 * `to`. Only domains known at both ends are compared. At most `limit` rows of each kind, by name.
 */
export async function listDomainChanges(
  db: PrismaClient,
  scopes: readonly ScopeAsOf[],
  period: { from: Day; to: Day },
  limit: number,
): Promise<DomainChanges> {
  const result: DomainChanges = { regressed: { total: 0, rows: [] }, improved: { total: 0, rows: [] } };
  if (scopes.length === 0) return result;
  const { from, to } = period;
  const rows = await db.$queryRaw<Row[]>`
    WITH members AS (${scopeMembersSql(scopes)}),
    picked AS (SELECT domain_id, array_agg(DISTINCT scope) AS scopes FROM members GROUP BY domain_id),
    compared AS (
      SELECT d.unicode AS domain, p.scopes,
        ${metricsWhere('b.$ AND NOT e.$')} AS lost, ${metricsWhere('NOT b.$ AND e.$')} AS gained
      FROM picked p
      JOIN domains d ON d.id = p.domain_id
      JOIN LATERAL (
        SELECT * FROM domain_daily_status s WHERE s.domain_id = p.domain_id AND s.day <= ${to}::date
        ORDER BY s.day DESC LIMIT 1
      ) e ON NOT e.unknown
      JOIN LATERAL (
        SELECT * FROM domain_daily_status s WHERE s.domain_id = p.domain_id AND s.day <= ${to}::date
        ORDER BY s.day <= ${from}::date DESC, abs(s.day - ${from}::date) LIMIT 1
      ) b ON NOT b.unknown
    )
    SELECT * FROM (
    (SELECT 'regressed' AS kind, domain, scopes, lost AS metrics, count(*) OVER ()::int AS total
     FROM compared WHERE cardinality(lost) > 0 ORDER BY domain LIMIT ${limit})
    UNION ALL
    (SELECT 'improved' AS kind, domain, scopes, gained AS metrics, count(*) OVER ()::int AS total
     FROM compared WHERE cardinality(gained) > 0 ORDER BY domain LIMIT ${limit})
    ) listed ORDER BY kind, domain`;
  const order = new Map(scopes.map((s, i) => [s.scope, i]));
  for (const row of rows) {
    const list = result[row.kind];
    list.total = row.total;
    list.rows.push({
      domain: row.domain,
      scopes: [...row.scopes].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      metrics: row.metrics as AdoptionMetric[],
    });
  }
  return result;
}
