import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import { unapprovedSourcesSql } from '@/lib/scans/dmarc-scan-inputs';
import type { NewMatch } from './match-detail';
import { ruleScopeSql } from './rule-scope-sql';

/**
 * Sources the DMARC aggregate reports of the run's domains show sending volume without an admin's
 * approval — the same figures as the `dmarc.unapproved-source` finding (lib/scans/dmarc-scan-inputs.ts),
 * but one match per source: the dedupe key names the domain and the address, so a source alerts
 * once when it first appears, not after every scan, and a second unapproved source alerts on its own.
 */
export async function findDmarcUnapprovedSources(
  db: Db,
  rule: { runId: string; groupId: string | null },
  now = new Date(),
): Promise<NewMatch[]> {
  const rows = await db.$queryRaw<
    Array<{ domain_id: string; ascii: string; at: Date; ip: string; messages: number }>
  >`
    SELECT s.domain_id::text AS domain_id, d.ascii, s.finished_at AS at, u.ip, u.messages
    FROM domain_scans s JOIN domains d ON d.id = s.domain_id
      CROSS JOIN LATERAL jsonb_to_recordset(${unapprovedSourcesSql(now)}) AS u(ip text, messages int)
    WHERE ${scanOfRunSql('s', rule.runId)} AND s.status IN ('complete', 'partial')
      AND ${ruleScopeSql(rule.groupId)}
    ORDER BY d.ascii, u.ip`;
  return rows.map((row) => ({
    domainId: row.domain_id,
    dedupeKey: `dmarc-source:${row.domain_id}:${row.ip}`,
    detail: {
      kind: 'dmarc_unapproved_source',
      sourceIp: row.ip,
      messages: row.messages,
      domainId: row.domain_id,
      domain: row.ascii,
      at: row.at.toISOString(),
    },
  }));
}
