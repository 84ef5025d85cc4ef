import { prisma } from '@/lib/db';
import { newWebhookSecret } from './write-alert-rule';

/** Gives a rule with a webhook a new signing secret (receivers must take the new one). */
export async function rotateRuleWebhookSecret(ruleId: string): Promise<void> {
  await prisma.alertRule.updateMany({
    where: { id: ruleId, webhookUrl: { not: null } },
    data: { webhookSecret: newWebhookSecret() },
  });
}
