import type { PrismaClient } from '@/generated/prisma/client';
import { type AlertRuleView, toAlertRuleView } from '@/lib/alerts/alert-rule-view';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleAlertRules } from './visible';

/** One rule with its webhook secret (callers show the secret to admins only), or null. */
export async function getAlertRule(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<(AlertRuleView & { webhookSecret: string | null }) | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  const rule = await db.alertRule.findFirst({
    where: { id, ...visibleAlertRules(viewer) },
    include: { group: { select: { name: true } } },
  });
  return rule ? { ...toAlertRuleView(rule), webhookSecret: rule.webhookSecret } : null;
}
