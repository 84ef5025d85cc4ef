'use server';

import { revalidatePath } from 'next/cache';
import { newWebhookSecret } from '@/lib/alerts/write-alert-rule';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';

/**
 * Replaces a rule's webhook signing secret (a leaked one, a new receiver). Calls from then on, retries
 * of older deliveries included, are signed with the new one. Admins only.
 */
export async function rotateWebhookSecret(ruleId: string): Promise<void> {
  await requireUser('admin');
  if (!isUuid(ruleId)) return;
  await prisma.alertRule.updateMany({
    where: { id: ruleId, webhookUrl: { not: null } },
    data: { webhookSecret: newWebhookSecret() },
  });
  revalidatePath(`/alerts/rules/${ruleId}`);
}
