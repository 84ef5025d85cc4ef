import { randomBytes } from 'node:crypto';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { changedFields } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { ALERT_RULE_AUDIT_SELECT, alertRuleSnapshot } from './alert-rule-audit';
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

const SELECT = { id: true, webhookSecret: true, ...ALERT_RULE_AUDIT_SELECT } as const;

async function writeRule(
  tx: Prisma.TransactionClient,
  input: { id?: string; rule: AlertRuleInput; createdById?: string },
  actor: AuditActor,
): Promise<WriteAlertRuleResult> {
  const { id, rule } = input;
  const data = { ...rule, params: rule.params as Prisma.InputJsonObject };
  if (!id) {
    const webhookSecret = rule.webhookUrl ? newWebhookSecret() : null;
    const createdById = input.createdById ?? null;
    const created = await tx.alertRule.create({
      data: { ...data, webhookSecret, createdById },
      select: SELECT,
    });
    const target = { type: 'alert-rule', id: created.id, label: created.name };
    await recordAuditEvent(
      actor,
      { action: 'alert-rule.create', target, after: alertRuleSnapshot(created) },
      tx,
    );
    return { ok: true, id: created.id, webhookSecret: created.webhookSecret };
  }
  const existing = await tx.alertRule.findUnique({ where: { id }, select: SELECT });
  if (!existing) return { ok: false, code: 'not_found' };
  const webhookSecret = rule.webhookUrl ? (existing.webhookSecret ?? newWebhookSecret()) : null;
  const updated = await tx.alertRule.update({
    where: { id },
    data: { ...data, webhookSecret },
    select: SELECT,
  });
  const diff = changedFields(alertRuleSnapshot(existing), alertRuleSnapshot(updated));
  const target = { type: 'alert-rule', id, label: updated.name };
  if (diff) await recordAuditEvent(actor, { action: 'alert-rule.update', target, ...diff }, tx);
  return { ok: true, id, webhookSecret: updated.webhookSecret };
}

/**
 * Creates a rule (no `id`) or replaces one's fields with a validated whole rule. A rule that gets a
 * webhook gets a signing secret once, kept while the rule keeps a webhook so receivers stay
 * configured. A new webhook URL naming an internal address (127.0.0.1, 10.x, 169.254.169.254…)
 * not in KENSA_WEBHOOK_ALLOW is refused here already; names are checked when called. Not a server
 * action: the shared write of the alerts page and the API, which check the role first (only admins
 * set webhook URLs). Recorded as `alert-rule.create` or `alert-rule.update` in the same transaction.
 */
export async function writeAlertRule(
  input: { id?: string; rule: AlertRuleInput; createdById?: string },
  actor: AuditActor,
  db: PrismaClient = prisma,
  allow: WebhookAllowList = webhookAllowList(env().KENSA_WEBHOOK_ALLOW),
): Promise<WriteAlertRuleResult> {
  const { id, rule } = input;
  const stored = id ? await db.alertRule.findUnique({ where: { id }, select: { webhookUrl: true } }) : null;
  if (id && !stored) return { ok: false, code: 'not_found' };
  const changedUrl = rule.webhookUrl && rule.webhookUrl !== stored?.webhookUrl ? rule.webhookUrl : null;
  const reason = changedUrl && webhookUrlRefusal(changedUrl, allow);
  if (reason) return { ok: false, code: 'webhook_refused', reason };
  try {
    return await db.$transaction((tx) => writeRule(tx, input, actor));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2003') return { ok: false, code: 'group_not_found' };
      if (error.code === 'P2025') return { ok: false, code: 'not_found' };
    }
    throw error;
  }
}
