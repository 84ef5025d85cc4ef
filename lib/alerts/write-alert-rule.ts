import { randomBytes } from 'node:crypto';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import type { AlertRuleInput } from './alert-rule-input';
import { type WebhookAllowList, webhookAllowList } from './webhook-allow-list';
import { webhookUrlRefusal } from './webhook-guard';

export type WriteAlertRuleResult =
  | { ok: true; id: string; webhookSecret: string | null }
  | { ok: false; code: 'not_found' | 'group_not_found' }
  | { ok: false; code: 'webhook_refused'; reason: string };

/** A new HMAC key for webhook signatures: 256 random bits, SHA-256's output length (RFC 2104 §3). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * Creates a rule (no `id`) or replaces one's fields with a validated whole rule. A rule that gets a
 * webhook gets a signing secret once, kept while the rule keeps a webhook so receivers stay
 * configured. A new webhook URL naming an internal address (127.0.0.1, 10.x, 169.254.169.254…)
 * not in KENSA_WEBHOOK_ALLOW is refused here already; names are checked when called. Not a server
 * action: the shared write of the alerts page and the API, which check the role first (only admins
 * set webhook URLs).
 */
export async function writeAlertRule(
  input: { id?: string; rule: AlertRuleInput; createdById?: string },
  db: PrismaClient = prisma,
  allow: WebhookAllowList = webhookAllowList(env().KENSA_WEBHOOK_ALLOW),
): Promise<WriteAlertRuleResult> {
  const { id, rule } = input;
  const data = { ...rule, params: rule.params as Prisma.InputJsonObject };
  const existing = id
    ? await db.alertRule.findUnique({ where: { id }, select: { webhookSecret: true, webhookUrl: true } })
    : null;
  if (id && !existing) return { ok: false, code: 'not_found' };
  const changedUrl = rule.webhookUrl && rule.webhookUrl !== existing?.webhookUrl ? rule.webhookUrl : null;
  const reason = changedUrl && webhookUrlRefusal(changedUrl, allow);
  if (reason) return { ok: false, code: 'webhook_refused', reason };
  try {
    if (!id || !existing) {
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
