import type { AlertChannel, Prisma, PrismaClient } from '@/generated/prisma/client';
import { type AlertPayload, alertPayload, MAX_LISTED_MATCHES } from './alert-payload';
import { matchDetail } from './match-detail';

/**
 * Turns a rule's undispatched matches into deliveries, one per channel (so 1,000 matches of a bad
 * night are one mail and one webhook call). Claiming the matches and creating the deliveries is one
 * transaction: the UPDATE takes only rows still undispatched, and a concurrent dispatcher waits on
 * their locks and then finds none, so no match is ever sent twice. Returns the new delivery ids,
 * which the caller enqueues after the commit.
 */
export async function dispatchRuleMatches(db: PrismaClient, ruleId: string): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<Array<{ id: string; detail: unknown }>>`
      UPDATE alert_matches SET dispatched_at = now()
      WHERE rule_id = ${ruleId}::uuid AND dispatched_at IS NULL
      RETURNING id::text AS id, detail`;
    if (claimed.length === 0) return [];
    const rule = await tx.alertRule.findUniqueOrThrow({ where: { id: ruleId } });
    // UUIDv7 ids sort by creation: the listed matches are the first ones found.
    claimed.sort((a, b) => (a.id < b.id ? -1 : 1));
    const payload: AlertPayload = alertPayload.parse({
      rule: { id: rule.id, name: rule.name, kind: rule.kind, digest: rule.digest, params: rule.params },
      total: claimed.length,
      matches: claimed
        .slice(0, MAX_LISTED_MATCHES)
        .map((m) => ({ id: m.id, detail: matchDetail.parse(m.detail) })),
    });
    const targets: Array<{ channel: AlertChannel; target: string }> = [];
    if (rule.emails.length > 0) targets.push({ channel: 'email', target: rule.emails.join(', ') });
    if (rule.webhookUrl) targets.push({ channel: 'webhook', target: rule.webhookUrl });
    const matchIds = claimed.map((m) => m.id);
    const deliveries = await tx.alertDelivery.createManyAndReturn({
      data: targets.map((t) => ({ ruleId, ...t, matchIds, payload: payload as Prisma.InputJsonObject })),
      select: { id: true },
    });
    return deliveries.map((d) => d.id);
  });
}
