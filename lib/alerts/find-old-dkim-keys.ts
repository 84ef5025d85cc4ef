import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import type { NewMatch } from './match-detail';
import { ruleScopeSql } from './rule-scope-sql';

const MS_PER_DAY = 86_400_000;

/**
 * DKIM keys the run's complete scans still saw (last_seen_at reached the scan) whose first sighting
 * is more than `days` before it. The dedupe key names the key itself, so an old key alerts once,
 * not after every nightly scan; a rotated key is a new fingerprint and starts its own age.
 */
export async function findOldDkimKeys(
  db: Db,
  rule: { runId: string; groupId: string | null; days: number },
): Promise<NewMatch[]> {
  const rows = await db.$queryRaw<
    Array<{ domain_id: string; ascii: string; selector: string; fingerprint: string; first: Date; at: Date }>
  >`
    SELECT k.domain_id::text AS domain_id, d.ascii, k.selector, k.fingerprint, k.first_seen_at AS first,
           s.finished_at AS at
    FROM domain_scans s
      JOIN dkim_keys k ON k.domain_id = s.domain_id AND k.last_seen_at >= s.finished_at
      JOIN domains d ON d.id = s.domain_id
    WHERE ${scanOfRunSql('s', rule.runId)} AND s.status = 'complete' AND ${ruleScopeSql(rule.groupId)}
      AND k.first_seen_at < s.finished_at - make_interval(days => ${rule.days}::int)`;
  return rows.map((row) => ({
    domainId: row.domain_id,
    dedupeKey: `dkim:${row.domain_id}:${row.selector}:${row.fingerprint}`,
    detail: {
      kind: 'dkim_key_age',
      selector: row.selector,
      fingerprint: row.fingerprint,
      firstSeenAt: row.first.toISOString(),
      ageDays: Math.floor((row.at.getTime() - row.first.getTime()) / MS_PER_DAY),
      domainId: row.domain_id,
      domain: row.ascii,
      at: row.at.toISOString(),
    },
  }));
}
