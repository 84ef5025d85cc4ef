import type { AlertDigest, PrismaClient } from '@/generated/prisma/client';
import { dispatchRuleMatches } from './dispatch-rule-matches';

/**
 * Dispatches the waiting matches of every enabled rule with this digest setting: 'none' right after
 * an evaluation, 'hourly'/'daily' from the digest schedulers. A disabled rule's matches wait (an
 * admin silencing a noisy rule gets silence). Returns the deliveries created, to enqueue.
 */
export async function dispatchPendingMatches(db: PrismaClient, digest: AlertDigest): Promise<string[]> {
  const rules = await db.alertRule.findMany({
    where: { digest, enabled: true, matches: { some: { dispatchedAt: null } } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const ids: string[] = [];
  for (const rule of rules) ids.push(...(await dispatchRuleMatches(db, rule.id)));
  return ids;
}
