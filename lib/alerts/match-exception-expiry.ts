import type { Db } from '@/lib/history/refresh-adoption-rollups';
import type { MatchDetail } from './match-detail';

type ExpiryDetail = Extract<MatchDetail, { kind: 'compliance_exception_expired' }>;

/**
 * Stores one match per enabled compliance_exception_expired rule whose scope holds the expired
 * exception's subject (every domain; the group itself; or a group the domain is a member of now),
 * in the caller's transaction. Deduplicated per exception, so noticing an expiry twice adds nothing.
 * Dispatching them is dispatch-pending-matches.ts's step, as for a run's matches.
 */
export async function matchExceptionExpiry(db: Db, detail: ExpiryDetail): Promise<number> {
  const rules = await db.$queryRaw<Array<{ id: string }>>`
    SELECT r.id::text FROM alert_rules r
    WHERE r.enabled AND r.kind = 'compliance_exception_expired'
      AND (r.group_id IS NULL OR r.group_id = ${detail.groupId}::uuid
        OR EXISTS (SELECT 1 FROM domain_groups m WHERE m.group_id = r.group_id
          AND m.domain_id = ${detail.domainId}::uuid AND m.until_day IS NULL))`;
  if (rules.length === 0) return 0;
  const created = await db.alertMatch.createMany({
    data: rules.map((rule) => ({
      ruleId: rule.id,
      domainId: detail.domainId,
      dedupeKey: `exception-expired:${detail.exceptionId}`,
      detail,
    })),
    skipDuplicates: true,
  });
  return created.count;
}
