import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';

/**
 * A rule's webhook URL as stored, for the write path only: an editor's save carries it through
 * unchanged (editors may not see or set it). Never returned to a caller; reads go through
 * lib/queries, which show the URL to admins only.
 */
export async function storedWebhookUrl(ruleId: string, db: PrismaClient = prisma): Promise<string | null> {
  const rule = await db.alertRule.findUnique({ where: { id: ruleId }, select: { webhookUrl: true } });
  return rule?.webhookUrl ?? null;
}
