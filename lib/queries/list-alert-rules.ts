import type { PrismaClient } from '@/generated/prisma/client';
import { type AlertRuleView, toAlertRuleView } from '@/lib/alerts/alert-rule-view';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleAlertRules } from './visible';

/** Every alert rule, by name; webhook URLs only for admins (toAlertRuleView). */
export async function listAlertRules(viewer: Viewer, db: PrismaClient = prisma): Promise<AlertRuleView[]> {
  const { role } = readAs(viewer);
  const rules = await db.alertRule.findMany({
    where: visibleAlertRules(viewer),
    include: { group: { select: { name: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return rules.map((rule) => toAlertRuleView(rule, role));
}
