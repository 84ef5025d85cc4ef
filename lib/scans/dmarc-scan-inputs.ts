import {
  UNAPPROVED_MIN_MESSAGES,
  UNAPPROVED_WINDOW_DAYS,
} from '@/audit/dmarc-report/unapproved-sources-finding';
import { Prisma } from '@/generated/prisma/client';
import { countSum } from '@/lib/db/count-sum';

/**
 * Learned selectors one scan probes at most, the most recently reported first: reports are
 * attacker-controlled, and each selector costs a DNS query per scan.
 */
export const LEARNED_SELECTORS_PER_SCAN = 20;

/**
 * What a domain's stored DMARC aggregate reports add to its scan, as SQL over the domain row `d`:
 * the DKIM selectors reports revealed that its owner did not list (lib/dmarc learns them), and
 * the unapproved sources that sent volume in the window (the `dmarc.unapproved-source` finding).
 */
export function learnedSelectorsSql(): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT l.selector FROM dmarc_learned_selectors l
    WHERE l.domain = d.ascii AND NOT (l.selector = ANY(d.selectors))
    ORDER BY l.last_seen_at DESC, l.selector LIMIT ${LEARNED_SELECTORS_PER_SCAN})`;
}

export function unapprovedSourcesSql(now: Date): Prisma.Sql {
  const since = new Date(now.getTime() - UNAPPROVED_WINDOW_DAYS * 86_400_000);
  return Prisma.sql`(SELECT coalesce(jsonb_agg(jsonb_build_object('ip', u.ip, 'messages', u.messages)), '[]'::jsonb)
    FROM (SELECT rec.source_ip AS ip, ${countSum(Prisma.sql`sum(rec.count)`)} AS messages
      FROM dmarc_reports r JOIN dmarc_records rec ON rec.report_id = r.id
      WHERE r.policy_domain = d.ascii AND r.end_at > ${since}::timestamptz
        AND NOT EXISTS (SELECT 1 FROM dmarc_approved_sources a
          WHERE a.domain_id = d.id AND a.source_ip = rec.source_ip)
      GROUP BY rec.source_ip HAVING sum(rec.count) >= ${UNAPPROVED_MIN_MESSAGES}) u)`;
}
