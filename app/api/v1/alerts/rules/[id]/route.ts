import { alertRuleItemOf, saveRuleFromApi } from '@/lib/alerts/save-rule-from-api';
import {
  deleteAlertRuleOperation,
  getAlertRuleOperation,
  updateAlertRuleOperation,
} from '@/lib/api/v1/alert-operations';
import { notFound } from '@/lib/api/v1/api-problem';
import { v1Route } from '@/lib/api/v1/v1-route';
import { prisma } from '@/lib/db';
import { getAlertRule } from '@/lib/queries/get-alert-rule';

export const GET = v1Route(getAlertRuleOperation, async ({ params, principal }) => {
  const rule = await getAlertRule(principal.viewer, params.id);
  if (!rule) throw notFound('Alert rule');
  return alertRuleItemOf(rule, principal.canWrite);
});

export const PATCH = v1Route(updateAlertRuleOperation, async ({ principal, params, body }) => {
  const rule = await getAlertRule(principal.viewer, params.id);
  if (!rule) throw notFound('Alert rule');
  // A new kind takes only the params given with it; otherwise given params replace the stored ones.
  const nextParams = body.params ?? (body.kind && body.kind !== rule.kind ? {} : rule.params);
  const { id, groupName, createdAt, updatedAt, webhookSecret, ...stored } = rule;
  return saveRuleFromApi(principal.viewer, { id, rule: { ...stored, ...body, params: nextParams } });
});

export const DELETE = v1Route(deleteAlertRuleOperation, async ({ params }) => {
  const deleted = await prisma.alertRule.deleteMany({ where: { id: params.id } });
  if (deleted.count === 0) throw notFound('Alert rule');
  return new Response(null, { status: 204 });
});
