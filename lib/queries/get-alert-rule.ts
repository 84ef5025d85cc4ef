import type { PrismaClient } from '@/generated/prisma/client';
import { type AlertRuleView, managesWebhooks, toAlertRuleView } from '@/lib/alerts/alert-rule-view';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleAlertRules } from './visible';

/** One rule, or null; its webhook URL and signing secret only for admins (null for others). */
export async function getAlertRule(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<(AlertRuleView & { webhookSecret: string | null }) | null> {
  const { role } = readAs(viewer);
  if (!isUuid(id)) return null;
  const rule = await db.alertRule.findFirst({
    where: { id, ...visibleAlertRules(viewer) },
    include: { group: { select: { name: true } } },
  });
  if (!rule) return null;
  return { ...toAlertRuleView(rule, role), webhookSecret: managesWebhooks(role) ? rule.webhookSecret : null };
}
