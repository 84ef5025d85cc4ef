import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { newWebhookSecret } from './write-alert-rule';

/**
 * Gives a rule with a webhook a new signing secret (receivers must take the new one), recorded as
 * `alert-rule.rotate-secret`, without either secret, in the same transaction.
 */
export async function rotateRuleWebhookSecret(
  ruleId: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const rotated = await tx.alertRule.updateManyAndReturn({
      where: { id: ruleId, webhookUrl: { not: null } },
      data: { webhookSecret: newWebhookSecret() },
      select: { name: true },
    });
    const [rule] = rotated;
    if (!rule) return false;
    const target = { type: 'alert-rule', id: ruleId, label: rule.name };
    await recordAuditEvent(actor, { action: 'alert-rule.rotate-secret', target }, tx);
    return true;
  });
}
