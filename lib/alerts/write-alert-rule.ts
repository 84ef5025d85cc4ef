import { randomBytes } from 'node:crypto';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { AlertRuleInput } from './alert-rule-input';

export type WriteAlertRuleResult =
  | { ok: true; id: string; webhookSecret: string | null }
  | { ok: false; code: 'not_found' | 'group_not_found' };

/** A new HMAC key for webhook signatures: 256 random bits, SHA-256's output length (RFC 2104 §3). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * Creates a rule (no `id`) or replaces one's fields with a validated whole rule. A rule that gets a
 * webhook gets a signing secret once, kept while the rule keeps a webhook so receivers stay
 * configured. Not a server action: the shared write of the alerts page and the API, which check the
 * role first.
 */
export async function writeAlertRule(
  input: { id?: string; rule: AlertRuleInput; createdById?: string },
  db: PrismaClient = prisma,
): Promise<WriteAlertRuleResult> {
  const { id, rule } = input;
  const data = { ...rule, params: rule.params as Prisma.InputJsonObject };
  try {
    if (!id) {
      const created = await db.alertRule.create({
        data: {
          ...data,
          webhookSecret: rule.webhookUrl ? newWebhookSecret() : null,
          createdById: input.createdById ?? null,
        },
        select: { id: true, webhookSecret: true },
      });
      return { ok: true, ...created };
    }
    const existing = await db.alertRule.findUnique({ where: { id }, select: { webhookSecret: true } });
    if (!existing) return { ok: false, code: 'not_found' };
    const webhookSecret = rule.webhookUrl ? (existing.webhookSecret ?? newWebhookSecret()) : null;
    const updated = await db.alertRule.update({
      where: { id },
      data: { ...data, webhookSecret },
      select: { id: true, webhookSecret: true },
    });
    return { ok: true, ...updated };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2003') return { ok: false, code: 'group_not_found' };
      if (error.code === 'P2025') return { ok: false, code: 'not_found' };
    }
    throw error;
  }
}
