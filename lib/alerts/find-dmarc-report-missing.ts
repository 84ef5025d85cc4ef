import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import type { NewMatch } from './match-detail';
import { ruleScopeSql } from './rule-scope-sql';

const MS_PER_DAY = 86_400_000;

/**
 * Domains of the run that have had DMARC aggregate reports but received none for more than `days`
 * before their scan: the rua address, the mailbox or its IMAP pull broke. A domain that never had a
 * report does not match (it may publish no rua at all; the DMARC findings say so). The dedupe key
 * names the last report, so a gap alerts once, and again after reports came back and stopped again.
 */
export async function findDmarcReportMissing(
  db: Db,
  rule: { runId: string; groupId: string | null; days: number },
): Promise<NewMatch[]> {
  const rows = await db.$queryRaw<
    Array<{ domain_id: string; ascii: string; at: Date; report_id: string; received: Date }>
  >`
    SELECT s.domain_id::text AS domain_id, d.ascii, s.finished_at AS at, last.id::text AS report_id,
           last.received_at AS received
    FROM domain_scans s JOIN domains d ON d.id = s.domain_id
      CROSS JOIN LATERAL (SELECT r.id, r.received_at FROM dmarc_reports r
        WHERE r.policy_domain = d.ascii ORDER BY r.received_at DESC LIMIT 1) last
    WHERE ${scanOfRunSql('s', rule.runId)} AND s.status IN ('complete', 'partial')
      AND ${ruleScopeSql(rule.groupId)}
      AND last.received_at < s.finished_at - make_interval(days => ${rule.days}::int)`;
  return rows.map((row) => ({
    domainId: row.domain_id,
    dedupeKey: `dmarc-missing:${row.domain_id}:${row.report_id}`,
    detail: {
      kind: 'dmarc_report_missing',
      lastReceivedAt: row.received.toISOString(),
      days: Math.floor((row.at.getTime() - row.received.getTime()) / MS_PER_DAY),
      domainId: row.domain_id,
      domain: row.ascii,
      at: row.at.toISOString(),
    },
  }));
}
