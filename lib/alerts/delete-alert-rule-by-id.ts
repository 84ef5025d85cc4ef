import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { ALERT_RULE_AUDIT_SELECT, alertRuleSnapshot } from './alert-rule-audit';

/**
 * Deletes a rule with its matches and deliveries (cascade), recording `alert-rule.delete` with the
 * rule's settings in the same transaction; false when there was none with that id.
 */
export async function deleteAlertRuleById(
  id: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [rule] = await tx.alertRule.findMany({ where: { id }, select: ALERT_RULE_AUDIT_SELECT });
    const deleted = await tx.alertRule.deleteMany({ where: { id } });
    if (!rule || deleted.count === 0) return false;
    const target = { type: 'alert-rule', id, label: rule.name };
    await recordAuditEvent(
      actor,
      { action: 'alert-rule.delete', target, before: alertRuleSnapshot(rule) },
      tx,
    );
    return true;
  });
}
